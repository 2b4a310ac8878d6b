import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { offerQueryOptions } from '@/features/offers/api/get-offer';
import { trackingLinksQueryOptions } from '@/features/tracking-links/api';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';

function ignore() {
  // Intentionally empty.
}

/** Starts the two requests an offer's page makes: the offer and its tracking links. */
export function prefetchOfferPage(queryClient: QueryClient, client: ApiClient, id: string): void {
  // A failed prefetch is not shown: the page will fetch again and show the error there.
  queryClient.query(offerQueryOptions(client, id)).catch(ignore);
  queryClient.query(trackingLinksQueryOptions(client, id)).catch(ignore);
}

/**
 * Warms the cache for an offer the user is about to open (hover or focus): the offer and
 * its tracking links, the two requests its page makes.
 */
export function usePrefetchOfferPage(): (id: string) => void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => {
      prefetchOfferPage(queryClient, client, id);
    },
    [client, queryClient],
  );
}
