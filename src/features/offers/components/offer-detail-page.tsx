import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { CopyableValue } from '@/components/ui/copyable-value';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { lazyComponent } from '@/lib/lazy-component';
import { useApiConfig } from '@/config/api-config-context';
import { paths } from '@/config/paths';
import { AddSubIdsButton } from '@/features/link-builder/components/add-sub-ids-button';
import { LinkBuilderSection } from '@/features/link-builder/components/link-builder-section';
import { useTrackingLinks } from '@/features/tracking-links/api';
import { TrackingLinksPanel } from '@/features/tracking-links/components/tracking-links-panel';
import { useOffer } from '../api/get-offer';
import { OfferDetailSkeleton } from './offer-detail-skeleton';
import { recentOffers } from '../lib/recent-offers';
import { OfferHeader } from './offer-header';
import { OfferPager } from './offer-pager';
import { OfferSummary } from './offer-summary';

const APP_NAME = 'Offers dashboard';

// Metadata sits below the fold: its table is a chunk of its own that starts loading
// with this page, so it never delays the first paint of the offer.
const MetadataTable = lazyComponent(
  () => import('@/components/ui/key-value-table').then((module) => module.KeyValueTable),
  <Skeleton className="h-24 w-full" />,
);
void MetadataTable.preload();

function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}

export function OfferDetailPage() {
  const { offerId = '' } = useParams();
  // Both requests start on the same render: the page never waits for one to ask the other.
  const offer = useOffer(offerId);
  const trackingLinks = useTrackingLinks(offerId);

  const api = useApiConfig().choice.url;
  const loadedName = offer.data?.name;
  useEffect(() => {
    if (loadedName !== undefined) recentOffers.record({ id: offerId, name: loadedName }, api);
  }, [offerId, loadedName, api]);

  useDocumentTitle(offer.data ? offer.data.name || offerId : offer.isError ? 'Offer not available' : 'Loading offer');

  // The pager sits at the same place in the tree whatever the offer's state, so its
  // focus and an open shortcuts dialog survive the offer arriving.
  return (
    <div className="space-y-6">
      <OfferPager offerId={offerId} />
      {/* Keyed by offer: nothing one offer's page did (a loaded pixel, a filter, a
          "Copied" state) carries over to the next. */}
      <OfferDetailBody key={offerId} offerId={offerId} offer={offer} trackingLinks={trackingLinks} />
    </div>
  );
}

function OfferDetailBody({
  offerId,
  offer,
  trackingLinks,
}: {
  offerId: string;
  offer: ReturnType<typeof useOffer>;
  trackingLinks: ReturnType<typeof useTrackingLinks>;
}) {
  if (offer.data === undefined) {
    if (!offer.isError) {
      const lastFailure = offer.failureCount > 0 ? offer.failureReason : null;
      return (
        <>
          {/* Mounted from the start, so screen readers announce the text when it appears. */}
          <p role="status" className="text-sm text-muted empty:hidden">
            {lastFailure ? `The last try failed (${lastFailure.title}). Trying again…` : ''}
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
        refreshing={offer.isFetching || trackingLinks.isFetching}
        onRefresh={() => {
          void offer.refetch();
          void trackingLinks.refetch();
        }}
      />
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
            <CopyableValue value={data.tracking_url} what="offer tracking URL" url />
            <AddSubIdsButton linkId="offer" linkName="offer tracking URL" url={data.tracking_url} className="mt-2" />
          </Section>
        </div>
        <TrackingLinksPanel query={trackingLinks} />
      </div>
      <LinkBuilderSection
        offer={data}
        links={trackingLinks.data}
        linksPending={trackingLinks.isPending}
        linksError={trackingLinks.error}
      />
      <Section title="Metadata" description={`${Object.keys(data.metadata).length} keys`}>
        <ErrorBoundary
          fallback={() => (
            <p role="alert" className="text-sm">
              The metadata table could not be loaded. Reload the page to try again.
            </p>
          )}
        >
          <MetadataTable.Component data={data.metadata} caption={`Metadata of ${data.name}`} />
        </ErrorBoundary>
      </Section>
    </article>
  );
}
