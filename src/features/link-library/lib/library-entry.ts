/**
 * One remembered copy. Kept in IndexedDB, so it is read back through `readLibraryEntry`:
 * storage can hold an older version, a hand edit or another build's shape.
 */

export type LinkKind = 'tracking-link' | 'landing-page' | 'built-link' | 'offer-tracking-url' | 'pixel-url';

/** The offer as it was when the link was copied: what a later check compares with. */
export interface OfferSnapshot {
  id: string;
  name?: string | undefined;
  status?: string | undefined;
  payout?: number | undefined;
  payoutType?: string | undefined;
}

/** Why a remembered link may no longer earn, found by the stale-link watch. */
export type StaleFlag =
  /** The offer is now paused or archived (or another status that is not active). */
  | { kind: 'status'; before?: string | undefined; now: string }
  /** The offer is gone: 404 from Trackly, or Offerslook's "offer does not exist". */
  | { kind: 'gone' }
  /** Offerslook no longer gives this affiliate a link for the offer. */
  | { kind: 'not-approved' }
  | { kind: 'payout'; before: number; now: number }
  /** The link copied is no longer what the API issues there; `now` null: it issues none. */
  | { kind: 'link-changed'; now: string | null };

/** The last check of one entry: when, what it flagged, and whether it could not tell. */
export interface LinkCheck {
  at: number;
  flags: StaleFlag[];
  /** The check failed (network, 5xx, rate limit): flags are from the check before. */
  failed?: string | undefined;
}

export interface LibraryEntry {
  id: string;
  /** The API base URL (the client's cache key) it was copied from. */
  api: string;
  /** Exactly as copied. */
  url: string;
  kind: LinkKind;
  /** The link in words: "main tracking link", "built link on the Main tracking link". */
  label: string;
  /** `offer`, `main`, `landing:<label>` (see lib/link-ids) or `pixel`. */
  source: string;
  /** The link as the API issued it, before any parameters were added. */
  issuedUrl: string;
  params: Array<[string, string]>;
  offer: OfferSnapshot;
  /** Epoch ms of the latest copy of this URL, and how many times it was copied. */
  copiedAt: number;
  firstCopiedAt: number;
  copies: number;
  /** "Where I used it", written by the marketer. */
  note: string;
  check?: LinkCheck | undefined;
}
