import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { CopyableValue } from '@/components/ui/copyable-value';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import type { ApiError } from '@/lib/api/api-error';
import { lazyComponent } from '@/lib/lazy-component';
import type { TrackingLinks } from '@/contract';
import { MAIN_LINK_ID } from '@/lib/link-ids';
import type { LinkRef } from '@/lib/link-ids';
import { isNotApprovedRefusal } from '@/lib/refusal';
import { LandingPageList } from './landing-page-list';

interface TrackingLinksPanelProps {
  query: UseQueryResult<TrackingLinks>;
  /** An action next to each link (the page's "Add sub-ids"), as the page composing the panel wants one. */
  renderLinkAction?: (link: LinkRef) => ReactNode;
  /** An action next to the impression pixel's URL (an http(s) URL), as the page wants one. */
  renderPixelUrlAction?: (url: string) => ReactNode;
}

/** About the height of the pixel block, so the panel does not jump when it arrives. */
function PixelPreviewSkeleton() {
  return (
    <div aria-busy="true" className="space-y-3">
      <Skeleton className="h-16 w-full" />
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-4 w-full" />
    </div>
  );
}

// The pixel preview (with its snippet parser) is below the main link and not needed for
// the first screen: it is a chunk of its own, and its download starts as soon as this
// module runs, so it arrives alongside the tracking-links request.
const PixelPreview = lazyComponent(
  () => import('./pixel-preview').then((module) => module.PixelPreview),
  <PixelPreviewSkeleton />,
);
void PixelPreview.preload();

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
        <CopyableValue value={links.url} what="tracking link" url />
        {renderLinkAction?.({ id: MAIN_LINK_ID, name: 'main tracking link', url: links.url })}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-muted">Landing pages ({links.offer_url.length})</h3>
        <LandingPageList pages={links.offer_url} renderLinkAction={renderLinkAction} />
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-muted">Impression pixel</h3>
        {links.impression_pixel.trim() ? (
          <>
            <CopyableValue value={links.impression_pixel} what="impression pixel" />
            <ErrorBoundary
              resetKey={links.impression_pixel}
              fallback={() => (
                <p role="alert" className="text-sm">
                  The pixel preview could not be loaded. Reload the page to try again; the snippet above can still be
                  copied.
                </p>
              )}
            >
              {/* Keyed by snippet: a refresh that brings a different pixel starts unloaded,
                  so no impression fires without a click. */}
              <PixelPreview.Component
                key={links.impression_pixel}
                snippet={links.impression_pixel}
                renderUrlAction={renderPixelUrlAction}
              />
            </ErrorBoundary>
          </>
        ) : (
          <p className="text-sm text-muted">This offer has no impression pixel: the API sent an empty snippet.</p>
        )}
      </div>
    </div>
  );
}
