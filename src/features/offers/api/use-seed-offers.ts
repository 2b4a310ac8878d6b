import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ReadOffer as Offer } from '@/contract';
import { offerKeys } from './offer-keys';

/**
 * Rows of the list are whole offers, so each seeds its detail query: opening an offer
 * from the list shows it at once, without a loading state. The key is the one the
 * offer's query builds (offerQueryOptions), without loading its fetcher with the list.
 */
export function useSeedOffers(offers: readonly Offer[] | undefined, updatedAt: number): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!offers) return;
    // A task of its own, after the one that draws the rows: a page of 100 offers is 100
    // queries to make.
    const timer = window.setTimeout(() => {
      for (const offer of offers) {
        const key = offerKeys.detail(client.cacheKey, offer.id);
        const existing = queryClient.getQueryState(key);
        if (existing?.dataUpdatedAt !== undefined && existing.dataUpdatedAt >= updatedAt) continue;
        queryClient.setQueryData<Offer>(key, offer, { updatedAt });
      }
    }, 0);
    return () => {
      window.clearTimeout(timer);
    };
  }, [offers, updatedAt, client, queryClient]);
}
