import { z } from 'zod/mini';

/** Trackly SMS API v2: the offers endpoints, as the vendor documents them. */

const OFFERS = '/v2/offers';

/** Request paths, relative to the base URL; the id is encoded as one path segment. */
export const tracklyPaths = {
  offers: OFFERS,
  offer: (id: string) => `${OFFERS}/${encodeURIComponent(id)}`,
};

/** The same endpoints as route patterns (Hono / path-to-regexp style). */
export const tracklyRoutes = {
  offers: OFFERS,
  offer: `${OFFERS}/:id`,
} as const;

/** Documented values. The schema keeps others (shown as sent) rather than rejecting them. */
export const OFFER_STATUSES = ['active', 'paused', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export function isKnownStatus(value: string): value is OfferStatus {
  return (OFFER_STATUSES as readonly string[]).includes(value);
}

/**
 * `payout_type` values the docs list; others are kept as sent.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const PAYOUT_TYPES = ['cpa', 'cpc'] as const;

/**
 * `external_platform` values; null means the offer lives on no external platform.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const EXTERNAL_PLATFORMS = ['tune', 'everflow'] as const;

/** `GET /v2/offers` paging: omitted `status` lists every offer that is not archived. */
export const TRACKLY_PAGING = {
  defaultPage: 1,
  defaultPerPage: 50,
  maxPerPage: 100,
  /** The status an omitted `status` filter leaves out. */
  hiddenByDefault: 'archived',
} as const;

/** The machine `code` of Trackly's `{error, code}` error bodies. */
export const TRACKLY_ERROR_CODES = {
  missingApiKey: 'missing_api_key',
  unauthorized: 'unauthorized',
  accountSuspended: 'account_suspended',
  notEnabled: 'partnerships_not_enabled',
  notFound: 'not_found',
  serverError: 'server_error',
  // Not on the published page; what the demo API and a gateway answer in Trackly's style.
  invalidParameter: 'invalid_parameter',
  rateLimited: 'rate_limited',
  badGateway: 'bad_gateway',
  unavailable: 'service_unavailable',
  gatewayTimeout: 'gateway_timeout',
} as const;

/**
 * Enum-like fields (status, payout_type, external_platform) are plain strings so that a
 * value the docs do not list is kept and shown rather than rejected.
 */
export const offerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  tracking_url: z.string(),
  external_platform: z.nullable(z.string()),
  external_id: z.nullable(z.string()),
  advertiser_id: z.nullable(z.string()),
  payout: z.number(),
  payout_type: z.string(),
  filter_bots: z.boolean(),
  status: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  created_at: z.string(),
  updated_at: z.string(),
});

export const paginationSchema = z.object({
  page: z.number().check(z.int(), z.minimum(1)),
  per_page: z.number().check(z.int(), z.minimum(1)),
  total: z.number().check(z.int(), z.minimum(0)),
  total_pages: z.number().check(z.int(), z.minimum(0)),
});

export const offerListSchema = z.object({
  offers: z.array(offerSchema),
  pagination: paginationSchema,
});

/**
 * `{"error": "<human message>", "code": "<machine code>"}`.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const tracklyErrorSchema = z.object({
  error: z.string(),
  code: z.optional(z.string()),
});

export type Offer = z.infer<typeof offerSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type TracklyErrorBody = z.infer<typeof tracklyErrorSchema>;
