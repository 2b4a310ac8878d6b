import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import { validateResponse } from '@/lib/api/validate';
import { envelopeSchema, trackingLinkDataSchema } from '@/contract';
import type { TrackingLinks } from '@/contract';

export function trackingLinksPath(offerId: string): string {
  return `/aff/v1/offers/${encodeURIComponent(offerId)}/tracking_links`;
}

export const trackingLinkKeys = {
  all: (api: string) => ['tracking-links', api] as const,
  detail: (api: string, offerId: string) => [...trackingLinkKeys.all(api), offerId] as const,
};

export async function getTrackingLinks(client: ApiClient, offerId: string, signal?: AbortSignal): Promise<TrackingLinks> {
  const path = trackingLinksPath(offerId);
  const body = await client.getJson(path, { vendor: 'offerslook', signal });
  const envelope = validateResponse(envelopeSchema, body, path);
  if (envelope.code !== 0) {
    throw new ApiError('refused', { path, upstreamCode: envelope.code, upstreamMessage: envelope.message });
  }
  return validateResponse(trackingLinkDataSchema, envelope.data, path).tracking_link;
}

export function trackingLinksQueryOptions(client: ApiClient, offerId: string) {
  // `client` is identified in the key by client.cacheKey (its base URL); it holds no other variable.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: trackingLinkKeys.detail(client.cacheKey, offerId),
    queryFn: ({ signal }) => getTrackingLinks(client, offerId, signal),
  });
}

export function useTrackingLinks(offerId: string) {
  const client = useApiClient();
  return useQuery(trackingLinksQueryOptions(client, offerId));
}

