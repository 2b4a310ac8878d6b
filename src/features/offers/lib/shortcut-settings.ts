import { isRecord } from '@/lib/is-record';
import { readJson, writeJson } from '@/lib/storage';

const STORAGE_KEY = 'offers-dashboard.shortcuts';

type Listener = () => void;
const listeners = new Set<Listener>();
/** The choice made while storage could not keep it: it holds for this page's lifetime. */
let unsaved: boolean | null = null;

function notify() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  if (event.key === STORAGE_KEY || event.key === null) notify();
}

/**
 * Whether the offer page's single-key shortcuts (j, k, u, ?) are on. They can be turned
 * off (WCAG 2.1.4), and the choice is remembered on this device (read afresh each time,
 * so another tab's choice shows too).
 */
export const shortcutSettings = {
  getSnapshot: (): boolean => {
    if (unsaved !== null) return unsaved;
    const value = readJson(STORAGE_KEY);
    // On unless the user turned them off.
    return !(isRecord(value) && value.enabled === false);
  },
  subscribe: (listener: Listener): (() => void) => {
    if (listeners.size === 0) window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  },
  setEnabled: (enabled: boolean) => {
    unsaved = writeJson(STORAGE_KEY, { enabled }) ? null : enabled;
    notify();
  },
};
