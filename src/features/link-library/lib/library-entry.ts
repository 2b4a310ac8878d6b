import * as v from 'valibot';

/**
 * One remembered copy. Kept in IndexedDB, so it is read back through `libraryEntrySchema`:
 * storage can hold an older version, a hand edit or another build's shape.
 */

const kindSchema = v.picklist(['tracking-link', 'landing-page', 'built-link', 'offer-tracking-url', 'pixel-url']);

/** `offer`, `main`, `landing:<label>` (see lib/link-ids) or `pixel`. */
const sourceSchema = v.pipe(
  v.string(),
  v.check((value) => /^(offer|main|pixel|landing:.+)$/s.test(value)),
);

/** The offer as it was when the link was copied: what a later check compares with. */
const offerSnapshotSchema = v.object({
  id: v.string(),
  name: v.optional(v.string()),
  status: v.optional(v.string()),
  payout: v.optional(v.number()),
  payoutType: v.optional(v.string()),
});

/** Why a remembered link may no longer earn, found by the stale-link watch. */
const staleFlagSchema = v.variant('kind', [
  /** The offer is now paused or archived (or another status that is not active). */
  v.object({ kind: v.literal('status'), before: v.optional(v.string()), now: v.string() }),
  /** The offer is gone: 404 from Trackly, or Offerslook's "offer does not exist". */
  v.object({ kind: v.literal('gone') }),
  /** Offerslook no longer gives this affiliate a link for the offer. */
  v.object({ kind: v.literal('not-approved') }),
  v.object({ kind: v.literal('payout'), before: v.number(), now: v.number() }),
  /** The link copied is no longer what the API issues there; `now` null: it issues none. */
  v.object({ kind: v.literal('link-changed'), now: v.nullable(v.string()) }),
]);

/** The last check of one entry: when, what it flagged, and whether it could not tell. */
const checkSchema = v.object({
  at: v.number(),
  flags: v.array(staleFlagSchema),
  /** The check failed (network, 5xx, rate limit): flags are from the check before. */
  failed: v.optional(v.string()),
});

export const libraryEntrySchema = v.object({
  id: v.string(),
  /** The API base URL (the client's cache key) it was copied from. */
  api: v.string(),
  /** Exactly as copied. */
  url: v.string(),
  kind: kindSchema,
  /** The link in words: "main tracking link", "built link on the Main tracking link". */
  label: v.string(),
  source: sourceSchema,
  /** The link as the API issued it, before any parameters were added. */
  issuedUrl: v.string(),
  params: v.array(v.strictTuple([v.string(), v.string()])),
  offer: offerSnapshotSchema,
  /** Epoch ms of the latest copy of this URL, and how many times it was copied. */
  copiedAt: v.number(),
  firstCopiedAt: v.number(),
  copies: v.number(),
  /** "Where I used it", written by the marketer. */
  note: v.string(),
  check: v.optional(checkSchema),
});

export type LibraryEntry = v.InferOutput<typeof libraryEntrySchema>;
export type StaleFlag = v.InferOutput<typeof staleFlagSchema>;
export type LinkCheck = v.InferOutput<typeof checkSchema>;
export type OfferSnapshot = v.InferOutput<typeof offerSnapshotSchema>;
