import {
  envelopeSchema,
  offerslookPaths,
  readOfferListSchema,
  readTrackingLinkDataSchema,
  tracklyPaths,
} from '@/contract';
import { isApiError } from '@/lib/api/api-error';
import type { ApiError } from '@/lib/api/api-error';
import { createApiClient, DEFAULT_REQUEST_TIMEOUT_MS } from '@/lib/api/client';
import type { ApiClient, ApiCredentials } from '@/lib/api/client';
import { openEnvelope } from '@/lib/api/offerslook-envelope';
import { describeApiError } from '@/components/ui/api-error-words';

/** How a request failed, in the terms the Settings page reports (shared by both vendors). */
export type RequestFailure =
  | { kind: 'unauthorized'; message?: string | undefined }
  | { kind: 'forbidden'; message?: string | undefined }
  | { kind: 'unreachable'; message: string }
  | { kind: 'wrong-api' }
  | { kind: 'failed'; message: string };

/** Trackly, asked for one page of one offer. */
export type TracklyResult = { kind: 'ok'; total: number } | RequestFailure;

/** Offerslook, asked for the tracking links of the first offer Trackly listed. */
export type OfferslookResult =
  /** The tracking links came back. */
  | { kind: 'ok'; offerId: string; credentialsSent: boolean }
  /**
   * An Offerslook envelope came back with a non-zero code (the offer is not approved for
   * the affiliate, unknown to the network…): the credentials passed, the offer did not.
   */
  | { kind: 'declined'; offerId: string; credentialsSent: boolean; message?: string | undefined }
  /** No request was made: Trackly failed, or listed no offer whose links to ask for. */
  | { kind: 'not-tested'; why: 'trackly-failed' | 'no-offer' }
  | RequestFailure;

export interface ConnectionResult {
  trackly: TracklyResult;
  offerslook: OfferslookResult;
}

function describeFailure(error: unknown): RequestFailure {
  if (!isApiError(error)) return { kind: 'failed', message: 'Something unexpected went wrong.' };
  return failureOf(error);
}

function failureOf(error: ApiError): RequestFailure {
  switch (error.kind) {
    case 'unauthorized':
      return { kind: 'unauthorized', message: error.upstreamMessage };
    case 'forbidden':
      return { kind: 'forbidden', message: error.upstreamMessage };
    case 'network':
      return {
        kind: 'unreachable',
        message: 'Nothing answered at this address (or it does not allow this page to call it).',
      };
    case 'timeout':
      return { kind: 'unreachable', message: 'The address did not answer in time.' };
    case 'not-found':
    case 'malformed':
    case 'shape':
    case 'client':
      return { kind: 'wrong-api' };
    default:
      return { kind: 'failed', message: describeApiError(error) };
  }
}

async function testOfferslook(client: ApiClient, offerId: string, credentialsSent: boolean): Promise<OfferslookResult> {
  try {
    // Settings asks the vendors through the contract directly: no feature's cache is involved.
    const path = offerslookPaths.trackingLinks(offerId);
    openEnvelope(await client.get(path, envelopeSchema, { vendor: 'offerslook' }), readTrackingLinkDataSchema, path);
    return { kind: 'ok', offerId, credentialsSent };
  } catch (error) {
    if (isApiError(error) && error.kind === 'refused') {
      return { kind: 'declined', offerId, credentialsSent, message: error.upstreamMessage };
    }
    return describeFailure(error);
  }
}

/**
 * Tests both vendors behind one base URL and says in plain words what each answered:
 * Trackly's offer list (one offer), then Offerslook's tracking links for the offer it
 * listed, since that endpoint needs an offer id.
 */
export async function testConnection(baseUrl: string, credentials: ApiCredentials): Promise<ConnectionResult> {
  const client = createApiClient({ baseUrl, credentials, timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS });
  let firstOfferId: string | undefined;
  let trackly: TracklyResult;
  try {
    const list = await client.get(tracklyPaths.offers, readOfferListSchema, {
      vendor: 'trackly',
      query: { page: 1, per_page: 1 },
    });
    firstOfferId = list.offers[0]?.id;
    trackly = { kind: 'ok', total: list.pagination.total };
  } catch (error) {
    trackly = describeFailure(error);
  }
  if (trackly.kind !== 'ok') return { trackly, offerslook: { kind: 'not-tested', why: 'trackly-failed' } };
  if (firstOfferId === undefined) return { trackly, offerslook: { kind: 'not-tested', why: 'no-offer' } };
  // The client sends HTTP Basic only with both halves.
  const credentialsSent = Boolean(credentials.offerslookEmail && credentials.offerslookApiKey);
  return { trackly, offerslook: await testOfferslook(client, firstOfferId, credentialsSent) };
}
