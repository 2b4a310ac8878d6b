import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useOffer } from '@/features/offers/api/get-offer';
import { OfferDetailView } from '@/features/offers/components/offer-detail-view';
import { useOfferVisit } from '@/features/offers/lib/use-offer-visit';
import { OfferPager } from '@/features/offers/components/offer-pager';
import { AddSubIdsButton } from '@/features/link-builder/components/add-sub-ids-button';
import { LinkBuilderSection } from '@/features/link-builder/components/link-builder-section';
import type { BuildRequest } from '@/features/link-builder/lib/build-requests';
import { useTrackingLinks } from '@/features/tracking-links/api/get-tracking-links';
import { TrackingLinksPanel } from '@/features/tracking-links/components/tracking-links-panel';
import { useRememberCopies } from '@/features/link-library/lib/use-remember-copies';
import { CopyRecorderContext } from '@/components/ui/copy-recorder';
import { QrCodeButton } from '@/components/ui/qr-code-button';
import { useApiClient } from '@/lib/api/api-client-context';
import { cn } from '@/lib/cn';
import { OFFER_LINK_ID } from '@/lib/link-ids';
import type { LinkRef } from '@/lib/link-ids';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { usePrefetchOfferPage } from './use-prefetch-offer-page';

// Called by start-up with the page's code, so the offer's requests need no module of their own.
export { prefetchOfferPage } from './use-prefetch-offer-page';

/** An offer: its details, its tracking links, and the link builder working on both. */
export function OfferDetailRoute() {
  const { offerId = '' } = useParams();
  // Both requests start on the same render: the page never waits for one to ask the other.
  const offer = useOffer(offerId);
  const trackingLinks = useTrackingLinks(offerId);
  const prefetch = usePrefetchOfferPage();
  useOfferVisit(offerId, offer);

  // The pager sits at the same place in the tree whatever the offer's state, so its
  // focus and an open shortcuts dialog survive the offer arriving.
  return (
    <div className="space-y-6">
      <OfferPager offerId={offerId} onNeighbourIntent={prefetch} />
      {/* Keyed by offer: nothing one offer's page did (a loaded pixel, a filter, a
          "Copied" state, a build request) carries over to the next. */}
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
  // "Add sub-ids" next to a link asks the builder to open on it.
  const [request, setRequest] = useState<BuildRequest | null>(null);
  const requestDone = useCallback(() => {
    setRequest(null);
  }, []);
  // Every link copied on this page is remembered for the Links page, under the API in use.
  const rememberCopy = useRememberCopies(useApiClient().cacheKey, { offerId, offer: offer.data });
  const requestBuild = useCallback((link: LinkRef) => {
    // A new object each time: asking twice for the same link moves the focus again.
    setRequest({ linkId: link.id });
  }, []);
  // Beside each link: "Add sub-ids" and its QR code. Neither is offered for a link
  // that is not http(s), so such a link gets no empty row.
  const linkActions = (link: LinkRef, className?: string) =>
    isSafeHttpUrl(link.url) ? (
      <div className={cn('flex flex-wrap gap-2', className)}>
        <AddSubIdsButton link={link} onRequest={requestBuild} />
        <QrCodeButton url={link.url} what={link.name} filenameHint={`${offerId}-${link.id}`} />
      </div>
    ) : null;

  return (
    <CopyRecorderContext value={rememberCopy}>
      <OfferDetailView
        offerId={offerId}
        offer={offer}
        related={{ fetching: trackingLinks.isFetching, refetch: () => void trackingLinks.refetch() }}
        renderTrackingUrlAction={(_data, trackingUrl) =>
          linkActions({ id: OFFER_LINK_ID, name: 'offer tracking URL', url: trackingUrl }, 'mt-2')
        }
        aside={
          <TrackingLinksPanel
            query={trackingLinks}
            renderLinkAction={linkActions}
            renderPixelUrlAction={(url) => (
              <QrCodeButton url={url} what="impression pixel URL" filenameHint={`${offerId}-pixel`} />
            )}
          />
        }
        renderTools={(data) => (
          <LinkBuilderSection
            offer={data}
            links={trackingLinks.data}
            linksPending={trackingLinks.isPending}
            linksError={trackingLinks.error}
            request={request}
            onRequestDone={requestDone}
          />
        )}
      />
    </CopyRecorderContext>
  );
}
