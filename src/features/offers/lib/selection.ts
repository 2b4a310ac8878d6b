import { useMemo, useSyncExternalStore } from 'react';
import * as v from 'valibot';
import type { ReadOffer as Offer } from '@/contract';
import { bulkOfferSchema } from '@/lib/bulk-run-input';
import type { BulkOffer } from '@/lib/bulk-run-input';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';

/** What the bulk run needs of an offer, taken from the row it was selected on. */
function toBulkOffer(offer: Offer): BulkOffer {
  return {
    id: offer.id,
    name: offer.name ?? null,
    status: offer.status ?? null,
    payout: offer.payout ?? null,
    payoutType: offer.payout_type ?? null,
    platform: offer.external_platform ?? null,
  };
}

type SelectionByApi = Record<string, BulkOffer[]>;

/** Per API (an id from one API means nothing to another), for this tab only. */
const stored = storedValue<SelectionByApi>({
  key: 'offers-dashboard.selection',
  kind: 'session',
  schema: v.record(v.string(), lenientList(bulkOfferSchema)),
  version: 1,
  fallback: {},
});

const NONE: readonly BulkOffer[] = [];

function read(api: string): readonly BulkOffer[] {
  return stored.get()[api] ?? NONE;
}

function write(api: string, offers: readonly BulkOffer[]): void {
  const others = Object.fromEntries(Object.entries(stored.get()).filter(([key]) => key !== api));
  stored.set(offers.length > 0 ? { ...others, [api]: [...offers] } : others);
}

/** The offers selected on each API, kept across paging, filtering and reloads. */
export const selection = {
  get: read,
  subscribe: stored.subscribe,
  /** Adds the offers not yet selected, after the ones already selected. */
  add(api: string, offers: readonly Offer[]): void {
    const current = read(api);
    const ids = new Set(current.map((offer) => offer.id));
    const added = offers.filter((offer) => !ids.has(offer.id)).map(toBulkOffer);
    if (added.length > 0) write(api, [...current, ...added]);
  },
  remove(api: string, ids: readonly string[]): void {
    const gone = new Set(ids);
    const current = read(api);
    const kept = current.filter((offer) => !gone.has(offer.id));
    if (kept.length !== current.length) write(api, kept);
  },
  toggle(api: string, offer: Offer): void {
    if (read(api).some((item) => item.id === offer.id)) selection.remove(api, [offer.id]);
    else selection.add(api, [offer]);
  },
  clear(api: string): void {
    write(api, []);
  },
};

/** The selected offers on `api` and their ids, re-rendering when the selection changes. */
export function useSelection(api: string): { offers: readonly BulkOffer[]; ids: ReadonlySet<string> } {
  const offers = useSyncExternalStore(selection.subscribe, () => read(api));
  const ids = useMemo(() => new Set(offers.map((offer) => offer.id)), [offers]);
  return { offers, ids };
}
