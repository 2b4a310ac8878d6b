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

/**
 * How many of `api`'s links are flagged, kept beside the links after each write: the
 * navigation shows it on every page without opening IndexedDB (or loading its code).
 */
function flaggedKey(api: string): string {
  return `link-library-flagged:${api}`;
}

/** The flagged count the last write left; 0 when none was kept. */
export function readFlagged(api: string): number {
  const count = Number(readText(flaggedKey(api), 'local'));
  return Number.isSafeInteger(count) && count > 0 ? count : 0;
}

export function subscribeFlagged(api: string, listener: () => void): () => void {
  return subscribeKey('local', flaggedKey(api), listener);
}

/** Tells this tab's listeners and, through localStorage, other tabs' that `api`'s links changed. */
export function announceChange(api: string, flagged: number): void {
  if (readFlagged(api) !== flagged) {
    writeText(flaggedKey(api), String(flagged), 'local');
    notifyKey('local', flaggedKey(api));
  }
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
