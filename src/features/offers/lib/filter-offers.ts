import type { ReadOffer } from '@/contract';
import { offerSearchText, searchNeedle } from './search-text';

/** Offers whose name, id, advertiser or external id holds the query, ignoring case and accents. */
export function filterOffers<T extends Pick<ReadOffer, 'id' | 'name' | 'advertiser_id' | 'external_id'>>(
  offers: readonly T[],
  query: string,
): T[] {
  const needle = searchNeedle(query);
  if (!needle) return [...offers];
  return offers.filter((offer) => offerSearchText(offer).includes(needle));
}
