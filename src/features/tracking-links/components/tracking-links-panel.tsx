import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Section } from '@/components/ui/section';
import type { ReadTrackingLinks as TrackingLinks } from '@/contract';
import { lazyComponent } from '@/lib/lazy-component';
import type { TrackingLinksActions } from './tracking-links-body';
import { PanelSkeleton } from './panel-skeleton';

// The links, their landing pages and the pixel sit below the offer's summary (below the
// fold on a phone): a chunk of their own, fetched as soon as this module runs, so it
// arrives alongside the tracking-links request and the page's first paint waits for neither.
const TrackingLinksBody = lazyComponent(
  () => import('./tracking-links-body').then((module) => module.TrackingLinksBody),
  <PanelSkeleton />,
);
void TrackingLinksBody.preload();

interface TrackingLinksPanelProps extends TrackingLinksActions {
  query: UseQueryResult<TrackingLinks>;
}

/** The affiliate's tracking links for one offer: main link, landing pages, impression pixel. */
export function TrackingLinksPanel({ query, ...actions }: TrackingLinksPanelProps) {
  // An answer that lands while the page shows comes as a store update, which React draws
  // synchronously: with hundreds of landing pages, one long task. Deferred, it is drawn a
  // transition later, in slices. Links already there when the page opens show at once.
  const shown = useDeferredValue(query);
  return (
    <Section
      title="Tracking links"
      description="From your affiliate network (Offerslook). Copy copies a link as issued; Add sub-ids opens it in the link builder below; QR code shows it as a code to scan or download."
    >
      <PanelState query={shown} {...actions} />
    </Section>
  );
}

/** Loading and failure are said here; what came back is drawn by the body. */
function PanelState({ query, ...actions }: TrackingLinksPanelProps) {
  if (query.data === undefined) {
    if (!query.isError) return <PanelSkeleton />;
    if (query.error.kind !== 'refused') {
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
  }
  return (
    <div className="space-y-6">
      {query.data !== undefined && query.isError && (
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
      <ErrorBoundary
        fallback={() => (
          <p role="alert" className="text-sm">
            The tracking links could not be shown. Reload the page to try again.
          </p>
        )}
      >
        <TrackingLinksBody.Component links={query.data} refusal={query.error} {...actions} />
      </ErrorBoundary>
    </div>
  );
}
