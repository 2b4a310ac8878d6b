import { z } from 'zod/mini';

/**
 * Trackly SMS v2 offer, as the vendor documents it. Enum-like fields (status,
 * payout_type, external_platform) are plain strings so that a value the docs do not
 * list is kept and shown rather than rejected.
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

export type Offer = z.infer<typeof offerSchema>;

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

export type OfferList = z.infer<typeof offerListSchema>;
export type Pagination = z.infer<typeof paginationSchema>;

export const KNOWN_STATUSES = ['active', 'paused', 'archived'] as const;
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

export function isKnownStatus(value: string): value is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(value);
}
