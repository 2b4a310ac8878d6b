import { isRecord } from '@/lib/is-record';
import { readJson, writeJson } from '@/lib/storage';

const STORAGE_KEY = 'offers-dashboard.recent-offers';
export const MAX_RECENT = 10;

export interface RecentOffer {
  id: string;
  name: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: RecentOffer[] | null = null;

function load(): RecentOffer[] {
  const value = readJson(STORAGE_KEY);
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is RecentOffer => isRecord(item) && typeof item.id === 'string' && typeof item.name === 'string')
    .slice(0, MAX_RECENT);
}

/** The last offers opened on this device, newest first. */
export const recentOffers = {
  getSnapshot: (): RecentOffer[] => {
    cache ??= load();
    return cache;
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  record: (offer: RecentOffer) => {
    const current = recentOffers.getSnapshot();
    if (current[0]?.id === offer.id && current[0].name === offer.name) return;
    cache = [offer, ...current.filter((item) => item.id !== offer.id)].slice(0, MAX_RECENT);
    // Storage full or blocked: the list still works for this session.
    writeJson(STORAGE_KEY, cache);
    for (const listener of listeners) listener();
  },
};
