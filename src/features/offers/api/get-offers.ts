import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { validateResponse } from '@/lib/api/validate';
import type { OfferListParams } from './offer-keys';
import { offerKeys } from './offer-keys';
import { offerListSchema } from '@/contract';
import type { OfferList } from '@/contract';

export const OFFERS_PATH = '/v2/offers';

export async function getOffers(client: ApiClient, params: OfferListParams, signal?: AbortSignal): Promise<OfferList> {
  const body = await client.getJson(OFFERS_PATH, {
    vendor: 'trackly',
    signal,
    query: { status: params.status, page: params.page, per_page: params.perPage },
  });
  return validateResponse(offerListSchema, body, OFFERS_PATH);
}

export function offersQueryOptions(client: ApiClient, params: OfferListParams) {
  // `client` is identified in the key by client.cacheKey (its base URL); it holds no other variable.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: offerKeys.list(client.cacheKey, params),
    queryFn: ({ signal }) => getOffers(client, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOffers(params: OfferListParams) {
  const client = useApiClient();
  return useQuery(offersQueryOptions(client, params));
}
