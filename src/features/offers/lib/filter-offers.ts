import type { Offer } from '@/contract';
import { offerSearchText, searchNeedle } from './search-text';

/** Offers whose name, id, advertiser or external id holds the query, ignoring case and accents. */
export function filterOffers(offers: readonly Offer[], query: string): Offer[] {
  const needle = searchNeedle(query);
  if (!needle) return [...offers];
  return offers.filter((offer) => offerSearchText(offer).includes(needle));
}
