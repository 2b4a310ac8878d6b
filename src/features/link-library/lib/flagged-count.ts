import type { LibraryEntry } from './library-entry';

/** Entries whose last check flagged something (a failed check keeps the flags before). */
export function flaggedCount(entries: readonly LibraryEntry[]): number {
  return entries.filter((entry) => (entry.check?.flags.length ?? 0) > 0).length;
}
