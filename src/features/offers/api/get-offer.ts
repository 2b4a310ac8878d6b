import { useQuery } from '@tanstack/react-query';
import { readOfferSchema, tracklyPaths } from '@/contract';
import type { ReadOffer } from '@/contract';
import { useApiClient } from '@/lib/api/api-client-context';
import { apiQueryOptions } from '@/lib/api/api-query-options';
import type { ApiClient } from '@/lib/api/client';
import { offerKeys } from './offer-keys';

export function getOffer(client: ApiClient, id: string, signal?: AbortSignal): Promise<ReadOffer> {
  return client.get(tracklyPaths.offer(id), readOfferSchema, { vendor: 'trackly', signal });
}

export function offerQueryOptions(client: ApiClient, id: string) {
  return apiQueryOptions(
    client,
    (api) => offerKeys.detail(api, id),
    (api, signal) => getOffer(api, id, signal),
  );
}

export function useOffer(id: string) {
  const client = useApiClient();
  return useQuery(offerQueryOptions(client, id));
}
