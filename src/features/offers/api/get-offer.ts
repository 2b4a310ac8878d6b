import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { validateResponse } from '@/lib/api/validate';
import { offerKeys } from './offer-keys';
import { offerSchema } from '@/contract';
import type { Offer } from '@/contract';

export function offerPath(id: string): string {
  return `/v2/offers/${encodeURIComponent(id)}`;
}

export async function getOffer(client: ApiClient, id: string, signal?: AbortSignal): Promise<Offer> {
  const path = offerPath(id);
  const body = await client.getJson(path, { vendor: 'trackly', signal });
  return validateResponse(offerSchema, body, path);
}

export function offerQueryOptions(client: ApiClient, id: string) {
  // `client` is identified in the key by client.cacheKey (its base URL); it holds no other variable.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: offerKeys.detail(client.cacheKey, id),
    queryFn: ({ signal }) => getOffer(client, id, signal),
  });
}

export function useOffer(id: string) {
  const client = useApiClient();
  return useQuery(offerQueryOptions(client, id));
}
