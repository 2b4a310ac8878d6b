import * as v from 'valibot';

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
 * A JSON object of any values. valibot's record alone takes an array too (its indices as
 * keys), so the kind is checked first.
 */
const jsonRecordSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'expected object',
  ),
  v.record(v.string(), v.unknown()),
);

const count = (minimum: number) => v.pipe(v.number(), v.integer(), v.minValue(minimum));

/**
 * Enum-like fields (status, payout_type, external_platform) are plain strings so that a
 * value the docs do not list is kept and shown rather than rejected.
 */
export const offerSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.string(),
  tracking_url: v.string(),
  external_platform: v.nullable(v.string()),
  external_id: v.nullable(v.string()),
  advertiser_id: v.nullable(v.string()),
  payout: v.number(),
  payout_type: v.string(),
  filter_bots: v.boolean(),
  status: v.string(),
  metadata: jsonRecordSchema,
  created_at: v.string(),
  updated_at: v.string(),
});

export const paginationSchema = v.object({
  page: count(1),
  per_page: count(1),
  total: count(0),
  total_pages: count(0),
});

export const offerListSchema = v.object({
  offers: v.array(offerSchema),
  pagination: paginationSchema,
});

/**
 * `{"error": "<human message>", "code": "<machine code>"}`.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const tracklyErrorSchema = v.object({
  error: v.string(),
  code: v.optional(v.string()),
});

export type Offer = v.InferOutput<typeof offerSchema>;
export type Pagination = v.InferOutput<typeof paginationSchema>;
export type TracklyErrorBody = v.InferOutput<typeof tracklyErrorSchema>;
