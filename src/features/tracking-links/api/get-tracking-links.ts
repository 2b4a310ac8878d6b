import { useQuery } from '@tanstack/react-query';
import { envelopeSchema, offerslookPaths, readTrackingLinkDataSchema } from '@/contract';
import type { ReadTrackingLinks } from '@/contract';
import { useApiClient } from '@/lib/api/api-client-context';
import { apiQueryOptions } from '@/lib/api/api-query-options';
import type { ApiClient } from '@/lib/api/client';
import { openEnvelope } from '@/lib/api/offerslook-envelope';
import { trackingLinkKeys } from './keys';

export async function getTrackingLinks(
  client: ApiClient,
  offerId: string,
  signal?: AbortSignal,
): Promise<ReadTrackingLinks> {
  const path = offerslookPaths.trackingLinks(offerId);
  const envelope = await client.get(path, envelopeSchema, { vendor: 'offerslook', signal });
  return openEnvelope(envelope, readTrackingLinkDataSchema, path);
}

export function trackingLinksQueryOptions(client: ApiClient, offerId: string) {
  return apiQueryOptions(
    client,
    (api) => trackingLinkKeys.detail(api, offerId),
    (api, signal) => getTrackingLinks(api, offerId, signal),
  );
}

export function useTrackingLinks(offerId: string) {
  const client = useApiClient();
  return useQuery(trackingLinksQueryOptions(client, offerId));
}
