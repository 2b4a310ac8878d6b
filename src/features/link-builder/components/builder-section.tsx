import { useEffect, useId, useState } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Section } from '@/components/ui/section';
import type { ApiError } from '@/lib/api/api-error';
import { lazyComponent } from '@/lib/lazy-component';
import type { ReadOffer as Offer, ReadTrackingLinks as TrackingLinks } from '@/contract';
import { readOpen, writeOpen } from '../lib/builder-open';
import type { BuildRequest } from '../lib/build-requests';
import { linksStatusOf } from '../lib/links-status';
import { BUILDER_SECTION } from './builder-section-text';
import { loadLinkBuilder, preloadLinkBuilder } from './load-link-builder';

// Not needed for the first screen: its code loads in its own chunk, when first shown.
const LinkBuilder = lazyComponent(
  () => loadLinkBuilder().then((module) => module.LinkBuilder),
  <p className="text-sm text-muted">Loading the link builder…</p>,
);

export interface LinkBuilderSectionProps {
  offer: Offer;
  links: TrackingLinks | undefined;
  linksPending: boolean;
  /** Why the affiliate links are missing, when they are. */
  linksError: ApiError | null;
  /** A request to build on one link ("Add sub-ids to …" elsewhere on the page), until it is done. */
  request: BuildRequest | null;
  /** Called once the request's link is chosen and the focus moved. */
  onRequestDone: () => void;
}

/**
 * The builder is a large form: rendered on every offer load it doubled the page's main-
 * thread blocking time (Lighthouse TBT ~100 ms -> ~350 ms). It opens on request, and
 * stays open on this device for those who use it. An "Add sub-ids to …" button next to a
 * link elsewhere on the page also opens it, on that link: the page passes it as `request`.
 */
export function BuilderSection({
  offer,
  links,
  linksPending,
  linksError,
  request,
  onRequestDone,
}: LinkBuilderSectionProps) {
  const [open, setOpen] = useState(readOpen);
  // Null at first, so a request made before this code arrived still opens the builder.
  const [seenRequest, setSeenRequest] = useState<BuildRequest | null>(null);
  const bodyId = useId();
  const linksStatus = linksStatusOf(links !== undefined, linksPending, linksError);

  // A request opens the builder on the same render, so it mounts with the request.
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request !== null) setOpen(true);
  }
  useEffect(() => {
    if (request !== null) writeOpen(true);
  }, [request]);

  const toggle = (
    <button
      type="button"
      className="btn"
      aria-expanded={open}
      aria-controls={bodyId}
      onPointerEnter={preloadLinkBuilder}
      onFocus={preloadLinkBuilder}
      onClick={() => {
        writeOpen(!open);
        setOpen(!open);
      }}
    >
      {open ? 'Hide link builder' : 'Show link builder'}
    </button>
  );
  return (
    <Section title={BUILDER_SECTION.title} description={BUILDER_SECTION.description} actions={toggle}>
      <div id={bodyId}>
        {open && (
          // Hide and Show again tries a failed download again.
          <ErrorBoundary
            resetKey={open}
            fallback={() => (
              <p role="alert" className="text-sm">
                The link builder could not be loaded. Hide it and show it again, or reload the page; the links above can
                still be copied.
              </p>
            )}
          >
            <LinkBuilder.Component
              key={offer.id}
              offer={offer}
              links={links}
              linksStatus={linksStatus}
              request={request}
              onRequestDone={onRequestDone}
            />
          </ErrorBoundary>
        )}
      </div>
    </Section>
  );
}
