import { update } from 'idb-keyval';
import type { CopiedLink } from '@/lib/copied-link';
import { announceChange } from './library-changes';
import { flaggedCount } from './flagged-count';
import type { LibraryEntry, LinkCheck, OfferSnapshot } from './library-entry';
import { decodeRecord, encodeRecord } from './library-record';
import { libraryDb, readLibrary } from './library-db';

export { subscribeLibrary } from './library-changes';
export { useLibraryEntries } from './use-library-entries';

/** The most links kept per API; past it the oldest copies go first. */
export const LIBRARY_CAP = 500;

/** A note longer than this is cut: it is a reminder, not a document. */
export const NOTE_MAX_LENGTH = 500;

export async function listEntries(api: string): Promise<LibraryEntry[]> {
  return (await readLibrary(api)).entries;
}

/**
 * Changes `api`'s entries in one IndexedDB transaction (idb-keyval's `update`), so two
 * writes (two tabs, two quick copies) never lose each other's change.
 */
async function change(api: string, edit: (entries: LibraryEntry[]) => LibraryEntry[]): Promise<number> {
  let dropped = 0;
  let flagged = 0;
  await update(
    api,
    (stored) => {
      const result = encodeRecord(edit(decodeRecord(stored).entries), LIBRARY_CAP);
      dropped = result.dropped;
      flagged = flaggedCount(result.record.entries);
      return result.record;
    },
    libraryDb,
  );
  announceChange(api, flagged);
  return dropped;
}

/**
 * Remembers one copy. The same URL of the same offer copied again stays one entry: its
 * time, count and offer snapshot are the latest, its note is kept.
 */
export async function addCopy(
  api: string,
  copy: CopiedLink,
  offer: OfferSnapshot,
  now: number = Date.now(),
): Promise<{ entry: LibraryEntry; dropped: number }> {
  const { kind, label, source, issuedUrl, url } = copy;
  const params = copy.params.map(([key, value]): [string, string] => [key, value]);
  let entry: LibraryEntry | undefined;
  const dropped = await change(api, (entries) => {
    const before = entries.find((each) => each.url === url && each.offer.id === offer.id);
    entry = before
      ? { ...before, kind, label, source, issuedUrl, params, offer, copiedAt: now, copies: before.copies + 1 }
      : {
          id: crypto.randomUUID(),
          api,
          url,
          kind,
          label,
          source,
          issuedUrl,
          params,
          offer,
          copiedAt: now,
          firstCopiedAt: now,
          copies: 1,
          note: '',
        };
    const made = entry;
    return [made, ...entries.filter((each) => each.id !== made.id)];
  });
  if (entry === undefined) throw new Error('The copy was not stored');
  return { entry, dropped };
}

export async function updateNote(api: string, id: string, note: string): Promise<void> {
  const kept = note.slice(0, NOTE_MAX_LENGTH);
  await change(api, (entries) => entries.map((each) => (each.id === id ? { ...each, note: kept } : each)));
}

/** Keeps each entry's latest check; checks of entries deleted meanwhile are ignored. */
export async function saveChecks(api: string, checks: ReadonlyMap<string, LinkCheck>): Promise<void> {
  await change(api, (entries) =>
    entries.map((each) => {
      const check = checks.get(each.id);
      return check ? { ...each, check } : each;
    }),
  );
}

export async function removeEntries(api: string, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  await change(api, (entries) => entries.filter((each) => !gone.has(each.id)));
}
