import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '@/lib/api/api-client-context';
import { offerQueryOptions } from './get-offer';
import type { ReadOffer as Offer } from '@/contract';

/**
 * Rows of the list are whole offers, so each seeds its detail query: opening an offer
 * from the list shows it at once, without a loading state.
 */
export function useSeedOffers(offers: readonly Offer[] | undefined, updatedAt: number): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!offers) return;
    for (const offer of offers) {
      const key = offerQueryOptions(client, offer.id).queryKey;
      const existing = queryClient.getQueryState(key);
      if (existing?.dataUpdatedAt !== undefined && existing.dataUpdatedAt >= updatedAt) continue;
      queryClient.setQueryData(key, offer, { updatedAt });
    }
  }, [offers, updatedAt, client, queryClient]);
}
