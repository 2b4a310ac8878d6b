import { landingPageLabels } from '@/lib/landing-page-labels';
import type { LibraryEntry, LinkCheck, StaleFlag } from './library-entry';

/**
 * What the API says now about one offer, as the stale watch needs it: feature-local, so
 * the library does not depend on the features that read the vendors.
 */
export interface CurrentOffer {
  /** Trackly's offer: `gone` on a 404, `error` when the answer could not be used. */
  readonly offer: OfferNow | 'gone' | CheckError;
  /** Offerslook's tracking links: `gone` on 1404, `not-approved` on 1403. */
  readonly links: LinksNow | 'gone' | 'not-approved' | CheckError;
}

export interface OfferNow {
  /** Undefined: not given (or not readable), so nothing to compare. */
  readonly status: string | undefined;
  readonly payout: number | undefined;
  readonly trackingUrl: string | undefined;
}

export interface LinksNow {
  readonly url: string | undefined;
  /** The landing pages as read (unreadable ones skipped), in the order sent. */
  readonly landingPages: ReadonlyArray<{
    readonly type: string;
    readonly name?: string | null | undefined;
    readonly tracking_link: string;
  }>;
  /** The src of the impression pixel, null when there is none (empty or unsafe). */
  readonly pixelSrc: string | null;
}

interface CheckError {
  /** In words, for "Could not check: …". */
  readonly error: string;
}

type Verdict = { readonly flags: StaleFlag[] } | { readonly failed: string };

function isError(part: object | string): part is CheckError {
  return typeof part === 'object' && 'error' in part;
}

/** Main, landing page and pixel links are Offerslook's; the offer's tracking URL is Trackly's. */
function isOfferslookEntry(entry: LibraryEntry): boolean {
  return entry.source !== 'offer';
}

/** The link the API gives now where the entry's link came from; null when it gives none. */
function linkNow(entry: LibraryEntry, offer: OfferNow, links: LinksNow | undefined): string | null {
  if (entry.source === 'offer') return offer.trackingUrl ?? null;
  if (links === undefined) return null;
  if (entry.source === 'main') return links.url ?? null;
  if (entry.source === 'pixel') return links.pixelSrc;
  const label = entry.source.slice('landing:'.length);
  const index = landingPageLabels(links.landingPages).indexOf(label);
  return links.landingPages[index]?.tracking_link ?? null;
}

function verdict(entry: LibraryEntry, current: CurrentOffer): Verdict {
  const { offer } = current;
  const links = isOfferslookEntry(entry) ? current.links : undefined;
  if (offer === 'gone' || links === 'gone') return { flags: [{ kind: 'gone' }] };
  if (isError(offer)) return { failed: offer.error };
  if (links !== undefined && isError(links)) return { failed: links.error };

  const flags: StaleFlag[] = [];
  if (offer.status !== undefined && offer.status.toLowerCase() !== 'active') {
    flags.push({ kind: 'status', now: offer.status, ...(entry.offer.status ? { before: entry.offer.status } : {}) });
  }
  if (links === 'not-approved') flags.push({ kind: 'not-approved' });
  const before = entry.offer.payout;
  if (before !== undefined && offer.payout !== undefined && before !== offer.payout) {
    flags.push({ kind: 'payout', before, now: offer.payout });
  }
  // Without approval no link is given: that flag already says so.
  if (links !== 'not-approved') {
    const now = linkNow(entry, offer, links);
    if (now !== entry.issuedUrl) flags.push({ kind: 'link-changed', now });
  }
  return { flags };
}

/** Why the entry's link may no longer earn, by what the API says now (empty: nothing). */
export function staleFlags(entry: LibraryEntry, current: CurrentOffer): StaleFlag[] {
  const result = verdict(entry, current);
  return 'flags' in result ? result.flags : (entry.check?.flags ?? []);
}

/** The entry's check at `at`; one that could not tell keeps the flags of the check before. */
export function checkEntry(entry: LibraryEntry, current: CurrentOffer, at: number): LinkCheck {
  const result = verdict(entry, current);
  if ('flags' in result) return { at, flags: result.flags };
  return failedCheck(entry, result.failed, at);
}

/** A check that could not reach a verdict: what it was, and the flags from before. */
export function failedCheck(entry: LibraryEntry, reason: string, at: number): LinkCheck {
  return { at, flags: entry.check?.flags ?? [], failed: reason };
}
