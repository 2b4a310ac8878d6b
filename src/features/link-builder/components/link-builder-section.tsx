import { Component, lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Section } from '@/components/ui/section';
import type { Offer } from '@/features/offers/api/schemas';
import type { TrackingLinks } from '@/features/tracking-links/api/schemas';

// Not needed for the first screen: its code loads in its own chunk, next to the API calls.
const LinkBuilder = lazy(async () => {
  const module = await import('./link-builder');
  return { default: module.LinkBuilder };
});

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="text-sm">
          The link builder could not be loaded. Reload the page to try again; the links above can still be copied.
        </p>
      );
    }
    return this.props.children;
  }
}

interface LinkBuilderSectionProps {
  offer: Offer;
  links: TrackingLinks | undefined;
  linksPending: boolean;
}

export function LinkBuilderSection({ offer, links, linksPending }: LinkBuilderSectionProps) {
  return (
    <Section
      title="Link builder"
      description="Add your sub-ids to a tracking link, check it fits an SMS, and copy it."
    >
      <LoadFailure>
        <Suspense fallback={<p className="text-sm text-muted">Loading the link builder…</p>}>
          <LinkBuilder key={offer.id} offer={offer} links={links} linksPending={linksPending} />
        </Suspense>
      </LoadFailure>
    </Section>
  );
}
