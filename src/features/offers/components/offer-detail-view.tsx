import { noteFor } from '@/contract';
import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { CopyableValue } from '@/components/ui/copyable-value';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { NotGiven } from '@/components/ui/not-given';
import { ReadingNotes } from '@/components/ui/reading-notes';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { lazyComponent } from '@/lib/lazy-component';
import { paths } from '@/config/paths';
import type { ReadOffer as Offer } from '@/contract';
import type { OfferQuery } from '../lib/use-offer-visit';
import { OfferDetailSkeleton } from './offer-detail-skeleton';
import { OfferHeader } from './offer-header';
import { OfferSummary } from './offer-summary';
import { errorTitle } from '@/components/ui/api-error-words';
import { issuedLink } from '@/lib/copied-link';
import { OFFER_LINK_ID } from '@/lib/link-ids';

// Metadata sits below the fold: its table is a chunk of its own that starts loading
// with this page, so it never delays the first paint of the offer.
const METADATA_PLACEHOLDER = <Skeleton className="h-24 w-full" />;
const MetadataTable = lazyComponent(
  () => import('@/components/ui/key-value-table').then((module) => module.KeyValueTable),
  METADATA_PLACEHOLDER,
);
void MetadataTable.preload();

interface OfferDetailViewProps {
  offerId: string;
  offer: OfferQuery;
  /** Other data of the page, refreshed with the offer by its Refresh button. */
  related: { readonly fetching: boolean; readonly refetch: () => void };
  /** Next to the offer's tracking URL. */
  renderTrackingUrlAction?: (offer: Offer, trackingUrl: string) => ReactNode;
  /** Beside the offer's summary (the tracking links). */
  aside?: ReactNode;
  /** Between the details and the metadata (the link builder). */
  renderTools?: (offer: Offer) => ReactNode;
}

/** One offer's page, its loading and error states; the parts other features bring come in as slots. */
export function OfferDetailView({
  offerId,
  offer,
  related,
  renderTrackingUrlAction,
  aside,
  renderTools,
}: OfferDetailViewProps) {
  // The answer comes as a store update, which React draws synchronously. The metadata
  // table (2,000 keys at worst) takes the answer a transition later, drawn in slices, so
  // the offer's name and summary paint first; an offer already there when the page opens
  // shows whole at once.
  const metadataShown = useDeferredValue(offer).data?.metadata;
  if (offer.data === undefined) {
    if (!offer.isError) {
      const lastFailure = offer.failureCount > 0 ? offer.failureReason : null;
      return (
        <>
          {/* Mounted from the start, so screen readers announce the text when it appears. */}
          <p role="status" className="text-sm text-muted empty:hidden">
            {lastFailure ? `The last try failed (${errorTitle(lastFailure)}). Trying again…` : ''}
          </p>
          <OfferDetailSkeleton />
        </>
      );
    }
    return (
      <>
        <h1 className="text-2xl font-bold">
          Offer <code className="break-all">{offerId}</code>
        </h1>
        <ApiErrorState
          error={offer.error}
          subject={`offer ${offerId}`}
          onRetry={() => void offer.refetch()}
          retrying={offer.isFetching}
          notFoundAction={
            <Link to={paths.offers} className="btn btn-primary no-underline">
              Back to offers
            </Link>
          }
        />
      </>
    );
  }

  const data = offer.data;
  return (
    <article className="space-y-6">
      <OfferHeader
        offer={data}
        updatedAt={offer.dataUpdatedAt}
        refreshing={offer.isFetching || related.fetching}
        onRefresh={() => {
          void offer.refetch();
          related.refetch();
        }}
      />
      <ReadingNotes notes={data.notes} />
      {offer.isError && (
        <ApiErrorState
          error={offer.error}
          subject="the latest version of this offer"
          className="text-sm"
          onRetry={() => void offer.refetch()}
          retrying={offer.isFetching}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Section title="Offer">
            <OfferSummary offer={data} />
          </Section>
          <Section title="Tracking URL" description="The offer's click URL in Trackly.">
            {data.tracking_url === undefined ? (
              <p className="text-sm">
                <NotGiven note={noteFor(data.notes, 'tracking_url')} />: there is no tracking URL to copy or build on.
              </p>
            ) : (
              <>
                <CopyableValue
                  value={data.tracking_url}
                  what="offer tracking URL"
                  url
                  link={issuedLink('offer-tracking-url', 'offer tracking URL', OFFER_LINK_ID, data.tracking_url)}
                />
                {renderTrackingUrlAction?.(data, data.tracking_url)}
              </>
            )}
          </Section>
        </div>
        {aside}
      </div>
      {renderTools?.(data)}
      <Section
        title="Metadata"
        description={data.metadata ? `${String(Object.keys(data.metadata).length)} keys` : undefined}
      >
        {data.metadata === undefined ? (
          <NotGiven note={noteFor(data.notes, 'metadata')} />
        ) : metadataShown === undefined ? (
          METADATA_PLACEHOLDER
        ) : (
          <ErrorBoundary
            fallback={() => (
              <p role="alert" className="text-sm">
                The metadata table could not be loaded. Reload the page to try again.
              </p>
            )}
          >
            <MetadataTable.Component data={metadataShown} caption={`Metadata of ${data.name ?? data.id}`} />
          </ErrorBoundary>
        )}
      </Section>
    </article>
  );
}
