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
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value
      .filter((item): item is RecentOffer => {
        if (typeof item !== 'object' || item === null) return false;
        const record = item as Record<string, unknown>;
        return typeof record.id === 'string' && typeof record.name === 'string';
      })
      .slice(0, MAX_RECENT);
  } catch {
    return [];
  }
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
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(cache));
    } catch {
      // Storage full or blocked: the list still works for this session.
    }
    for (const listener of listeners) listener();
  },
};
