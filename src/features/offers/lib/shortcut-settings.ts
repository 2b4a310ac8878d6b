import * as v from 'valibot';
import { storedValue } from '@/lib/stored-value';

const stored = storedValue({
  key: 'offers-dashboard.shortcuts',
  kind: 'local',
  // On unless the user turned them off.
  schema: v.object({ enabled: v.fallback(v.boolean(), true) }),
  version: 1,
  fallback: { enabled: true },
  // Version 1 holds the same object as the unversioned format before it.
  migrate: (data) => data,
});

/**
 * Whether the offer page's single-key shortcuts (j, k, u, ?) are on. They can be turned
 * off (WCAG 2.1.4), and the choice is remembered on this device; another tab's choice
 * shows too. A choice storage refused holds for this page's lifetime.
 */
export const shortcutSettings = {
  getSnapshot: (): boolean => stored.get().enabled,
  subscribe: stored.subscribe,
  setEnabled: (enabled: boolean) => {
    stored.set({ enabled });
  },
};
