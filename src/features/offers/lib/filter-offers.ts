import type { Offer } from '@/contract';

/** Narrows the rows of one page by name, id, advertiser or external id. */
export function filterOffers(offers: readonly Offer[], query: string): Offer[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...offers];
  return offers.filter((offer) =>
    [offer.name, offer.id, offer.advertiser_id, offer.external_id].some((field) =>
      field?.toLocaleLowerCase().includes(needle),
    ),
  );
}
