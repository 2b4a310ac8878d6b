import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Section } from '@/components/ui/section';
import { lazyComponent } from '@/lib/lazy-component';
import type { LinkBuilderSectionProps } from './builder-section';
import { BUILDER_SECTION } from './builder-section-text';

// Below the offer and its links, so not needed for the first paint: the section's code
// is a chunk of its own, fetched as soon as this module runs. Until it arrives, the
// section keeps its place and size (an invisible twin of its button), and no control.
const BuilderSection = lazyComponent(
  () => import('./builder-section').then((module) => module.BuilderSection),
  <Section
    title={BUILDER_SECTION.title}
    description={BUILDER_SECTION.description}
    actions={
      <span className="btn invisible" aria-hidden="true">
        Show link builder
      </span>
    }
  >
    <div />
  </Section>,
);
void BuilderSection.preload();

/**
 * The link builder on an offer's page: shown on request (its toggle, or an "Add sub-ids"
 * button elsewhere on the page, passed as `request`).
 */
export function LinkBuilderSection(props: LinkBuilderSectionProps) {
  return (
    <ErrorBoundary
      fallback={() => (
        <Section title={BUILDER_SECTION.title} description={BUILDER_SECTION.description}>
          <p role="alert" className="text-sm">
            The link builder could not be loaded. Reload the page to try again; the links above can still be copied.
          </p>
        </Section>
      )}
    >
      <BuilderSection.Component {...props} />
    </ErrorBoundary>
  );
}
