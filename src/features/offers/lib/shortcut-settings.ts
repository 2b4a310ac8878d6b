import { isRecord } from '@/lib/is-record';
import { readJson, storageSubscription, writeJson } from '@/lib/storage';

const STORAGE_KEY = 'offers-dashboard.shortcuts';

const changes = storageSubscription(STORAGE_KEY);

/** The choice made while storage could not keep it: it holds for this page's lifetime. */
let unsaved: boolean | null = null;

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
  subscribe: changes.subscribe,
  setEnabled: (enabled: boolean) => {
    unsaved = writeJson(STORAGE_KEY, { enabled }) ? null : enabled;
    changes.notify();
  },
};
