import { readText, writeText } from '@/lib/storage';
import { notifyKey, subscribeKey } from '@/lib/storage-events';

/**
 * Other tabs hear of a write through a small localStorage key the writer bumps: the
 * browser sends them a `storage` event for free, and no BroadcastChannel stays open
 * (an open one can keep the page out of the back/forward cache).
 */
function changedKey(api: string): string {
  return `link-library-changed:${api}`;
}

/** Tells this tab's listeners and, through localStorage, other tabs' that `api`'s links changed. */
export function announceChange(api: string): void {
  const key = changedKey(api);
  const count = Number(readText(key, 'local')) || 0;
  // Blocked localStorage only costs other tabs the news; this tab hears it through notifyKey.
  writeText(key, String(count + 1), 'local');
  notifyKey('local', key);
}

/** Calls `listener` after each write to `api`'s links, in this tab or another one. */
export function subscribeLibrary(api: string, listener: () => void): () => void {
  return subscribeKey('local', changedKey(api), listener);
}
