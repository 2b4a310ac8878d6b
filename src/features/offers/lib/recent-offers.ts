import { useMemo, useSyncExternalStore } from 'react';
import { useApiConfig } from '@/config/api-config-context';
import { isRecord } from '@/lib/is-record';
import { readText, storageSubscription, writeJson } from '@/lib/storage';

const STORAGE_KEY = 'offers-dashboard.recent-offers';
export const MAX_RECENT = 10;
/** Lists are kept for this many APIs (the most recently used); older ones are dropped. */
const MAX_APIS = 5;

export interface RecentOffer {
  id: string;
  name: string;
}

/** An offer id means something only on the API it came from. */
interface StoredOffer extends RecentOffer {
  api: string;
}

const changes = storageSubscription(STORAGE_KEY);
let cache: { raw: string | null; offers: StoredOffer[] } | null = null;
/** The list kept in memory when storage could not keep it (blocked or full). */
let unsaved: StoredOffer[] | null = null;

function parse(raw: string | null): StoredOffer[] {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  // Entries saved before lists were kept per API name none: no way to tell where they lead.
  return value.filter(
    (item): item is StoredOffer =>
      isRecord(item) && typeof item.api === 'string' && typeof item.id === 'string' && typeof item.name === 'string',
  );
}

function snapshot(): StoredOffer[] {
  if (unsaved) return unsaved;
  // Read afresh (one string), so another tab's changes or a cleared storage show; parsed only on change.
  const raw = readText(STORAGE_KEY);
  if (cache === null || cache.raw !== raw) cache = { raw, offers: parse(raw) };
  return cache.offers;
}

/** Newest first: at most MAX_RECENT per API and MAX_APIS APIs. */
function prune(offers: readonly StoredOffer[]): StoredOffer[] {
  const perApi = new Map<string, number>();
  return offers.filter((offer) => {
    const count = perApi.get(offer.api);
    if (count === undefined && perApi.size >= MAX_APIS) return false;
    if ((count ?? 0) >= MAX_RECENT) return false;
    perApi.set(offer.api, (count ?? 0) + 1);
    return true;
  });
}

/** The last offers opened on this device, newest first, per API base URL. */
export const recentOffers = {
  /** Every API's entries; see useRecentOffers for the list of the API in use. */
  getSnapshot: snapshot,
  subscribe: changes.subscribe,
  /** Files `offer` under `api`, the base URL it was read from. */
  record: (offer: RecentOffer, api: string) => {
    const current = snapshot();
    const newest = current.find((item) => item.api === api);
    if (newest?.id === offer.id && newest.name === offer.name) return;
    const offers = prune([
      { api, id: offer.id, name: offer.name },
      ...current.filter((item) => !(item.api === api && item.id === offer.id)),
    ]);
    // Storage full or blocked: the list still works for this page's lifetime.
    unsaved = writeJson(STORAGE_KEY, offers) ? null : offers;
    changes.notify();
  },
};

/** The offers recently opened on the API in use (switching API shows that API's list). */
export function useRecentOffers(): RecentOffer[] {
  const api = useApiConfig().choice.url;
  const all = useSyncExternalStore(recentOffers.subscribe, recentOffers.getSnapshot);
  return useMemo(
    () => all.filter((offer) => offer.api === api).map((offer): RecentOffer => ({ id: offer.id, name: offer.name })),
    [all, api],
  );
}
