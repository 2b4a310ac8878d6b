import { z } from 'zod/mini';

/**
 * One remembered copy. Kept in IndexedDB, so it is read back through `libraryEntrySchema`:
 * storage can hold an older version, a hand edit or another build's shape.
 */

const kindSchema = z.enum(['tracking-link', 'landing-page', 'built-link', 'offer-tracking-url', 'pixel-url']);

/** `offer`, `main`, `landing:<label>` (see lib/link-ids) or `pixel`. */
const sourceSchema = z.string().check(z.refine((value) => /^(offer|main|pixel|landing:.+)$/s.test(value)));

/** The offer as it was when the link was copied: what a later check compares with. */
const offerSnapshotSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  status: z.optional(z.string()),
  payout: z.optional(z.number()),
  payoutType: z.optional(z.string()),
});

/** Why a remembered link may no longer earn, found by the stale-link watch. */
const staleFlagSchema = z.discriminatedUnion('kind', [
  /** The offer is now paused or archived (or another status that is not active). */
  z.object({ kind: z.literal('status'), before: z.optional(z.string()), now: z.string() }),
  /** The offer is gone: 404 from Trackly, or Offerslook's "offer does not exist". */
  z.object({ kind: z.literal('gone') }),
  /** Offerslook no longer gives this affiliate a link for the offer. */
  z.object({ kind: z.literal('not-approved') }),
  z.object({ kind: z.literal('payout'), before: z.number(), now: z.number() }),
  /** The link copied is no longer what the API issues there; `now` null: it issues none. */
  z.object({ kind: z.literal('link-changed'), now: z.nullable(z.string()) }),
]);

/** The last check of one entry: when, what it flagged, and whether it could not tell. */
const checkSchema = z.object({
  at: z.number(),
  flags: z.array(staleFlagSchema),
  /** The check failed (network, 5xx, rate limit): flags are from the check before. */
  failed: z.optional(z.string()),
});

export const libraryEntrySchema = z.object({
  id: z.string(),
  /** The API base URL (the client's cache key) it was copied from. */
  api: z.string(),
  /** Exactly as copied. */
  url: z.string(),
  kind: kindSchema,
  /** The link in words: "main tracking link", "built link on the Main tracking link". */
  label: z.string(),
  source: sourceSchema,
  /** The link as the API issued it, before any parameters were added. */
  issuedUrl: z.string(),
  params: z.array(z.tuple([z.string(), z.string()])),
  offer: offerSnapshotSchema,
  /** Epoch ms of the latest copy of this URL, and how many times it was copied. */
  copiedAt: z.number(),
  firstCopiedAt: z.number(),
  copies: z.number(),
  /** "Where I used it", written by the marketer. */
  note: z.string(),
  check: z.optional(checkSchema),
});

export type LibraryEntry = z.infer<typeof libraryEntrySchema>;
export type StaleFlag = z.infer<typeof staleFlagSchema>;
export type LinkCheck = z.infer<typeof checkSchema>;
export type OfferSnapshot = z.infer<typeof offerSnapshotSchema>;
