import * as v from 'valibot';

/** Offerslook affiliate API: the tracking-links endpoint, as the vendor documents it. */

const AFF_OFFERS = '/aff/v1/offers';
const TRACKING_LINKS = 'tracking_links';

/** Whether a request path (below the base URL, or below a mount such as /demo-api) is Offerslook's. */
export function isOfferslookPath(path: string): boolean {
  return path.includes(`${AFF_OFFERS}/`);
}

/** Request paths, relative to the base URL; the id is encoded as one path segment. */
export const offerslookPaths = {
  trackingLinks: (offerId: string) => `${AFF_OFFERS}/${encodeURIComponent(offerId)}/${TRACKING_LINKS}`,
};

/** The same endpoint as a route pattern (Hono / path-to-regexp style). */
export const offerslookRoutes = {
  trackingLinks: `${AFF_OFFERS}/:offer_id/${TRACKING_LINKS}`,
} as const;

/**
 * Envelope codes. 0 is success. The published page names no refusal codes; these are the
 * ones the demo API (and a gateway built to the same contract) answers with.
 */
export const OFFERSLOOK_CODES = {
  success: 0,
  /** The offer is not approved for this affiliate (HTTP 200). */
  notApproved: 1403,
  /** No offer with that id on the network (HTTP 200). */
  offerNotFound: 1404,
  /** The affiliate account is suspended (HTTP 403). */
  suspended: 1410,
} as const;

/**
 * `offer_url[].type` values the docs list; others are kept as sent.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const LANDING_PAGE_TYPES = ['Default', 'Random', 'Offer URL'] as const;

/**
 * `offer_approval`: a tracking link is given for public offers, or approved ones.
 * @public The contract names the vendor's documented vocabulary, used here or not.
 */
export const OFFER_APPROVAL = { requiresApproval: 1, public: 2, private: 3 } as const;

/** Every answer is wrapped: `code` 0 is success, anything else a refusal. */
export const envelopeSchema = v.object({
  code: v.number(),
  message: v.string(),
  data: v.optional(v.unknown()),
});

export const landingPageSchema = v.object({
  type: v.string(),
  name: v.optional(v.nullable(v.string())),
  tracking_link: v.string(),
  preview_url: v.optional(v.nullable(v.string())),
});

export const trackingLinksSchema = v.object({
  url: v.string(),
  impression_pixel: v.string(),
  offer_url: v.array(landingPageSchema),
});

/** `data` of a successful tracking-links answer. */
export const trackingLinkDataSchema = v.object({
  tracking_link: trackingLinksSchema,
});

export type Envelope = v.InferOutput<typeof envelopeSchema>;
export type LandingPage = v.InferOutput<typeof landingPageSchema>;
export type TrackingLinks = v.InferOutput<typeof trackingLinksSchema>;
