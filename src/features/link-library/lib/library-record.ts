import type { LibraryEntry } from './library-entry';
import { isRecord } from '@/lib/is-record';
import { readLibraryEntry } from './read-library-entry';

/** The version of one API's record: `{ v: 1, entries }`, newest copy first. */
const RECORD_VERSION = 1;

export interface LibraryRecord {
  readonly v: typeof RECORD_VERSION;
  readonly entries: readonly LibraryEntry[];
}

/** What was read back: the usable entries, and how many stored ones were not usable. */
export interface DecodedRecord {
  readonly entries: LibraryEntry[];
  readonly unreadable: number;
}

/**
 * Brings a stored record of any version to v1's entries, not yet validated. Version 0 was a
 * plain array of entries without firstCopiedAt, copies and note: each becomes one copy made
 * at its copiedAt, with an empty note. A record of an unknown (newer) version keeps whatever
 * of its entries still read as v1's; anything else holds nothing.
 */
function migrate(stored: unknown): unknown[] {
  if (Array.isArray(stored)) {
    return stored.map((entry: unknown) =>
      isRecord(entry) ? { firstCopiedAt: entry.copiedAt, copies: 1, note: '', ...entry } : entry,
    );
  }
  if (isRecord(stored) && Array.isArray(stored.entries)) return stored.entries as unknown[];
  return [];
}

function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  return b.copiedAt - a.copiedAt;
}

/** Reads a stored record: every entry through readLibraryEntry; those that fail are dropped and counted. */
export function decodeRecord(stored: unknown): DecodedRecord {
  if (stored === undefined) return { entries: [], unreadable: 0 };
  const raw =
    isRecord(stored) && stored.v === RECORD_VERSION && Array.isArray(stored.entries) ? stored.entries : migrate(stored);
  const entries: LibraryEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = readLibraryEntry(item);
    if (entry) entries.push(entry);
  }
  return { entries: entries.sort(newestFirst), unreadable: raw.length - entries.length };
}

/** The record to store: entries newest first, past `cap` the oldest left out. */
export function encodeRecord(
  entries: readonly LibraryEntry[],
  cap: number,
): { record: LibraryRecord; dropped: number } {
  const sorted = [...entries].sort(newestFirst);
  return { record: { v: RECORD_VERSION, entries: sorted.slice(0, cap) }, dropped: Math.max(0, sorted.length - cap) };
}
