import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { readOfferListSchema, tracklyPaths } from '@/contract';
import type { ReadOfferList } from '@/contract';
import { useApiClient } from '@/lib/api/api-client-context';
import { apiQueryOptions } from '@/lib/api/api-query-options';
import type { ApiClient } from '@/lib/api/client';
import type { OfferListParams } from './offer-keys';
import { offerKeys } from './offer-keys';

export function getOffers(client: ApiClient, params: OfferListParams, signal?: AbortSignal): Promise<ReadOfferList> {
  return client.get(tracklyPaths.offers, readOfferListSchema, {
    vendor: 'trackly',
    signal,
    query: { status: params.status, page: params.page, per_page: params.perPage },
  });
}

export function offersQueryOptions(client: ApiClient, params: OfferListParams) {
  return {
    ...apiQueryOptions(
      client,
      (api) => offerKeys.list(api, params),
      (api, signal) => getOffers(api, params, signal),
    ),
    placeholderData: keepPreviousData,
  };
}

export function useOffers(params: OfferListParams) {
  const client = useApiClient();
  return useQuery(offersQueryOptions(client, params));
}
