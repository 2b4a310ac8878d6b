import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { describeApiError } from '@/components/ui/api-error-words';
import type { ReadOffer, ReadTrackingLinks } from '@/contract';
import { OFFERSLOOK_CODES } from '@/contract';
import { offerQueryOptions } from '@/features/offers/api/get-offer';
import type { CurrentOffer } from '@/features/link-library/lib/stale-rules';
import { trackingLinksQueryOptions } from '@/features/tracking-links/api';
import { parsePixel } from '@/features/tracking-links/lib/parse-pixel';
import { isApiError, isRetryable } from '@/lib/api/api-error';
import type { ApiClient } from '@/lib/api/client';
import { isNotApprovedRefusal } from '@/lib/refusal';

/**
 * Failures the pool should see, to retry (5xx, network, timeout) or pause for (429, 503
 * with Retry-After); anything else is an answer about the offer, mapped below.
 */
function isTransient(error: unknown): boolean {
  return !isApiError(error) || isRetryable(error) || error.kind === 'rate-limited';
}

function offerNow(result: PromiseSettledResult<ReadOffer>): CurrentOffer['offer'] {
  if (result.status === 'fulfilled') {
    const { status, payout, tracking_url: trackingUrl } = result.value;
    return { status, payout, trackingUrl };
  }
  const error: unknown = result.reason;
  if (isTransient(error) || !isApiError(error)) throw error;
  return error.kind === 'not-found' ? 'gone' : { error: describeApiError(error) };
}

function linksNow(result: PromiseSettledResult<ReadTrackingLinks>): CurrentOffer['links'] {
  if (result.status === 'fulfilled') {
    const { url, offer_url: landingPages, impression_pixel: pixel } = result.value;
    const parsed = parsePixel(pixel ?? '');
    return { url, landingPages, pixelSrc: parsed.kind === 'image' ? parsed.src : null };
  }
  const error: unknown = result.reason;
  if (isTransient(error) || !isApiError(error)) throw error;
  if (error.kind === 'refused' && error.upstreamCode === OFFERSLOOK_CODES.offerNotFound) return 'gone';
  if (isNotApprovedRefusal(error)) return 'not-approved';
  return { error: describeApiError(error) };
}

/**
 * What the API says now about one offer, read through the query cache (never from it:
 * staleTime 0), so the offer page shows the same answer afterwards. The pool retries, so
 * the queries do not.
 */
export async function fetchCurrentOffer(
  queryClient: QueryClient,
  client: ApiClient,
  offerId: string,
  signal: AbortSignal | undefined,
): Promise<CurrentOffer> {
  const offerOptions = offerQueryOptions(client, offerId);
  const linksOptions = trackingLinksQueryOptions(client, offerId);
  const keys: QueryKey[] = [offerOptions.queryKey, linksOptions.queryKey];
  const cancel = () => {
    for (const queryKey of keys) void queryClient.cancelQueries({ queryKey, exact: true });
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const [offer, links] = await Promise.allSettled([
      queryClient.query({ ...offerOptions, staleTime: 0, retry: false }),
      queryClient.query({ ...linksOptions, staleTime: 0, retry: false }),
    ]);
    // A transient failure of either throws first, so the pool retries both.
    const transient = [offer, links].find((r) => r.status === 'rejected' && isTransient(r.reason));
    if (transient?.status === 'rejected') throw transient.reason;
    return { offer: offerNow(offer), links: linksNow(links) };
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
