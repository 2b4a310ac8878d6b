import { useCallback, useEffect } from 'react';
import { whenIdle } from '@/lib/when-idle';
import type { ReadOffer } from '@/contract';
import type { CopiedLink } from '@/lib/copied-link';
import type { OfferSnapshot } from './library-entry';

/** The offer as the copy found it; a field the reader could not use is left out. */
function snapshotOf(offerId: string, offer: ReadOffer | undefined): OfferSnapshot {
  const snapshot: { -readonly [K in keyof OfferSnapshot]: OfferSnapshot[K] } = { id: offer?.id ?? offerId };
  if (offer?.name !== undefined) snapshot.name = offer.name;
  if (offer?.status !== undefined) snapshot.status = offer.status;
  if (offer?.payout !== undefined) snapshot.payout = offer.payout;
  if (offer?.payout_type !== undefined) snapshot.payoutType = offer.payout_type;
  return snapshot;
}

/**
 * What a page gives its copy buttons (CopyRecorderContext): each link copied is remembered
 * for `api`, with the offer the button names or else the page's own (an offer page's).
 * When IndexedDB is unavailable the copy has still happened; only the remembering is
 * lost, and the Links page says why.
 */
export function useRememberCopies(api: string, page?: { offerId: string; offer: ReadOffer | undefined }) {
  const offerId = page?.offerId;
  const offer = page?.offer;
  // Not a preload of the page (its first visit stays small), but loaded once the browser is
  // idle: a copy made soon after, then a reload or a closed tab, is still remembered.
  useEffect(() => whenIdle(() => void import('./library-store')), []);
  return useCallback(
    (copy: CopiedLink) => {
      const snapshot = copy.offer ?? (offerId === undefined ? undefined : snapshotOf(offerId, offer));
      // The store (IndexedDB, its schema) loads on the first copy, not with the page.
      if (snapshot)
        import('./library-store').then(({ addCopy }) => addCopy(api, copy, snapshot)).catch(() => undefined);
    },
    [api, offerId, offer],
  );
}
