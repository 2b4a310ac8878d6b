import { useEffect } from 'react';
import { useApiConfig } from '@/config/api-config-context';
import type { useOffer } from '../api/get-offer';
import { loadOfferPageLater } from '../components/load-offer-page-later';

const APP_NAME = 'Offers dashboard';

export type OfferQuery = ReturnType<typeof useOffer>;

function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}

/** Records the visit among recent offers and names the tab after the offer. */
export function useOfferVisit(offerId: string, offer: OfferQuery) {
  const api = useApiConfig().choice.url;
  const loadedName = offer.data?.name;
  useEffect(() => {
    if (loadedName === undefined) return;
    // The store of recent offers is not needed to show the offer: it comes in the page's later chunk.
    loadOfferPageLater()
      .then(({ recentOffers }) => {
        recentOffers.record({ id: offerId, name: loadedName }, api);
      })
      .catch(() => undefined);
  }, [offerId, loadedName, api]);

  useDocumentTitle(offer.data ? offer.data.name || offerId : offer.isError ? 'Offer not available' : 'Loading offer');
}
