import { noteFor } from '@/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { CopyableValue } from '@/components/ui/copyable-value';
import { NotGiven } from '@/components/ui/not-given';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import type { ApiError } from '@/lib/api/api-error';
import type { ReadTrackingLinks as TrackingLinks } from '@/contract';
import { MAIN_LINK_ID } from '@/lib/link-ids';
import type { LinkRef } from '@/lib/link-ids';
import { isNotApprovedRefusal } from '@/lib/refusal';
import { ImpressionPixel } from './impression-pixel';
import { LandingPageList } from './landing-page-list';
import { SkippedPagesNote } from './skipped-pages-note';
import { issuedLink } from '@/lib/copied-link';

interface TrackingLinksPanelProps {
  query: UseQueryResult<TrackingLinks>;
  /** An action next to each link (the page's "Add sub-ids"), as the page composing the panel wants one. */
  renderLinkAction?: (link: LinkRef) => ReactNode;
  /** An action next to the impression pixel's URL (an http(s) URL), as the page wants one. */
  renderPixelUrlAction?: (url: string) => ReactNode;
}

function RefusalQuote({ error }: { error: ApiError }) {
  const code =
    error.upstreamCode === undefined ? null : <span className="text-muted"> (code {String(error.upstreamCode)})</span>;
  if (!error.upstreamMessage) {
    return <p className="mt-1 text-sm">The network gave no reason{code}.</p>;
  }
  return (
    <p className="mt-1 text-sm">
      The network said: <q className="break-words">{error.upstreamMessage}</q>
      {code}
    </p>
  );
}

/** Offerslook answered with a non-zero envelope code: no tracking link, for a reason it names. */
function Refusal({ error }: { error: ApiError }) {
  const notApproved = isNotApprovedRefusal(error);
  return (
    <div role="note" className="rounded-lg border border-warning/50 bg-warning-soft p-4">
      <h3 className="font-semibold">
        {notApproved ? 'No tracking link for this offer yet' : 'Offerslook gave no tracking link'}
      </h3>
      <p className="mt-1">
        {notApproved ? (
          <>
            Offerslook gives a tracking link only for offers approved for you (in your personal list) or public offers.
            Apply for this offer in your network&rsquo;s portal, then refresh.
          </>
        ) : (
          'Offerslook answered, but without a tracking link for this offer. Its reason is below.'
        )}
      </p>
      <RefusalQuote error={error} />
    </div>
  );
}

function PanelSkeleton() {
  return (
    <div data-testid="tracking-links-skeleton" aria-busy="true" className="space-y-3">
      <p className="sr-only" role="status">
        Loading tracking links…
      </p>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-9 w-full" />
    </div>
  );
}

/** The affiliate's tracking links for one offer: main link, landing pages, impression pixel. */
export function TrackingLinksPanel(props: TrackingLinksPanelProps) {
  return (
    <Section
      title="Tracking links"
      description="From your affiliate network (Offerslook). Copy copies a link as issued; Add sub-ids opens it in the link builder below; QR code shows it as a code to scan or download."
    >
      <TrackingLinksBody {...props} />
    </Section>
  );
}

function TrackingLinksBody({ query, renderLinkAction, renderPixelUrlAction }: TrackingLinksPanelProps) {
  if (query.data === undefined) {
    if (!query.isError) return <PanelSkeleton />;
    if (query.error.kind === 'refused') return <Refusal error={query.error} />;
    return (
      <ApiErrorState
        error={query.error}
        subject="the tracking links"
        headingLevel="h3"
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const links = query.data;
  return (
    <div className="space-y-6">
      {query.isError && (
        // A failed refresh keeps the links already shown, and says they may be out of date.
        <div className="space-y-2">
          <p className="text-sm font-medium">
            Couldn&rsquo;t refresh the tracking links &mdash; showing the last ones received.
          </p>
          <ApiErrorState
            error={query.error}
            subject="the latest tracking links"
            headingLevel="h3"
            className="text-sm"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </div>
      )}
      <div className="space-y-1.5">
        <h3 className="text-sm font-semibold text-muted">Main tracking link</h3>
        {links.url === undefined ? (
          <p className="text-sm">
            <NotGiven note={noteFor(links.notes, 'url')} />: there is no main tracking link to copy.
          </p>
        ) : (
          <>
            <CopyableValue
              value={links.url}
              what="tracking link"
              url
              link={issuedLink('tracking-link', 'main tracking link', MAIN_LINK_ID, links.url)}
            />
            {renderLinkAction?.({ id: MAIN_LINK_ID, name: 'main tracking link', url: links.url })}
          </>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-muted">Landing pages ({links.offer_url.length})</h3>
        <SkippedPagesNote notes={links.notes} />
        <LandingPageList pages={links.offer_url} renderLinkAction={renderLinkAction} />
      </div>
      <ImpressionPixel snippet={links.impression_pixel} notes={links.notes} renderUrlAction={renderPixelUrlAction} />
    </div>
  );
}
