import type { ReadOffer as Offer } from '@/contract';

/** Narrows the rows of one page by name, id, advertiser or external id. */
export function filterOffers<T extends Pick<Offer, 'id' | 'name' | 'advertiser_id' | 'external_id'>>(
  offers: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...offers];
  return offers.filter((offer) =>
    [offer.name, offer.id, offer.advertiser_id, offer.external_id].some((field) =>
      field?.toLocaleLowerCase().includes(needle),
    ),
  );
}
