import { useMemo } from 'react';
import * as v from 'valibot';
import { useApiConfig } from '@/config/api-config-context';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';
import { useStoredValue } from '@/lib/use-stored-value';

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

// Entries saved before lists were kept per API name none: no way to tell where they lead.
const storedOfferSchema = v.object({ api: v.string(), id: v.string(), name: v.string() });

const stored = storedValue<StoredOffer[]>({
  key: 'offers-dashboard.recent-offers',
  kind: 'local',
  schema: lenientList(storedOfferSchema),
  version: 1,
  fallback: [],
  // Version 1 holds the same list as the unversioned format before it.
  migrate: (data) => data,
});

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
  getSnapshot: stored.get,
  subscribe: stored.subscribe,
  /** Files `offer` under `api`, the base URL it was read from. */
  record: (offer: RecentOffer, api: string) => {
    const current = stored.get();
    const newest = current.find((item) => item.api === api);
    if (newest?.id === offer.id && newest.name === offer.name) return;
    // Storage full or blocked: the list still works for this page's lifetime.
    stored.set(
      prune([
        { api, id: offer.id, name: offer.name },
        ...current.filter((item) => !(item.api === api && item.id === offer.id)),
      ]),
    );
  },
};

/** The offers recently opened on the API in use (switching API shows that API's list). */
export function useRecentOffers(): RecentOffer[] {
  const api = useApiConfig().choice.url;
  const all = useStoredValue(stored);
  return useMemo(
    () => all.filter((offer) => offer.api === api).map((offer): RecentOffer => ({ id: offer.id, name: offer.name })),
    [all, api],
  );
}
