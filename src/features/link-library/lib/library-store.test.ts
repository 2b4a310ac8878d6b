import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import type { CopiedLink } from '@/lib/copied-link';
import { libraryDb, readLibrary } from './library-db';
import type { LibraryEntry, LinkCheck } from './library-entry';
import {
  addCopy,
  LIBRARY_CAP,
  listEntries,
  NOTE_MAX_LENGTH,
  removeEntries,
  saveChecks,
  subscribeLibrary,
  updateNote,
} from './library-store';

/** Each test its own API: the store keeps one record per API, so tests never share one. */
let api = '';
let apiCount = 0;
beforeEach(() => {
  apiCount += 1;
  api = `https://api-${String(apiCount)}.test`;
});

const OFFER = { id: 'o1', name: 'Summer Promo', status: 'active', payout: 3, payoutType: 'cpa' };

function copyOf(url: string, overrides: Partial<CopiedLink> = {}): CopiedLink {
  return {
    kind: 'tracking-link',
    label: 'main tracking link',
    source: 'main',
    issuedUrl: url,
    params: [],
    url,
    ...overrides,
  };
}

describe('the link library store', () => {
  it('remembers a copy with its offer snapshot, newest first', async () => {
    await addCopy(api, copyOf('https://t.test/a'), OFFER, 1_000);
    const { entry } = await addCopy(
      api,
      copyOf('https://t.test/b?s1=x', { kind: 'built-link', issuedUrl: 'https://t.test/b', params: [['s1', 'x']] }),
      OFFER,
      2_000,
    );
    expect(entry).toMatchObject({ api, url: 'https://t.test/b?s1=x', params: [['s1', 'x']], copies: 1, note: '' });
    const entries = await listEntries(api);
    expect(entries.map((each) => each.url)).toEqual(['https://t.test/b?s1=x', 'https://t.test/a']);
    expect(entries[1]).toMatchObject({ offer: OFFER, copiedAt: 1_000, firstCopiedAt: 1_000 });
  });

  it('keeps one entry for the same URL of the same offer: latest time and snapshot, count, note kept', async () => {
    const first = await addCopy(api, copyOf('https://t.test/a'), OFFER, 1_000);
    await updateNote(api, first.entry.id, 'SMS blast, Monday');
    await addCopy(api, copyOf('https://t.test/other'), OFFER, 2_000);
    const paused = { ...OFFER, status: 'paused', payout: 2.5 };
    const again = await addCopy(api, copyOf('https://t.test/a'), paused, 3_000);
    expect(again.entry).toMatchObject({ id: first.entry.id, copies: 2, copiedAt: 3_000, firstCopiedAt: 1_000 });
    const entries = await listEntries(api);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ id: first.entry.id, offer: paused, note: 'SMS blast, Monday' });
  });

  it('keeps the same URL of another offer apart', async () => {
    await addCopy(api, copyOf('https://t.test/a'), OFFER, 1_000);
    await addCopy(api, copyOf('https://t.test/a'), { id: 'o2' }, 2_000);
    expect(await listEntries(api)).toHaveLength(2);
  });

  it(`keeps ${String(LIBRARY_CAP)} links: the oldest copies go first, and says how many went`, async () => {
    const entries: LibraryEntry[] = Array.from({ length: LIBRARY_CAP }, (_, index) =>
      entryAt(`https://t.test/${String(index)}`, 10_000 + index),
    );
    await set(api, { v: 1, entries }, libraryDb);
    const added = await addCopy(api, copyOf('https://t.test/new'), OFFER, 99_000);
    expect(added.dropped).toBe(1);
    const kept = await listEntries(api);
    expect(kept).toHaveLength(LIBRARY_CAP);
    expect(kept[0]?.url).toBe('https://t.test/new');
    expect(kept.some((each) => each.url === 'https://t.test/0')).toBe(false);
    expect(kept.at(-1)?.url).toBe('https://t.test/1');
  });

  it('loses no copy when two are written at once', async () => {
    await Promise.all([
      addCopy(api, copyOf('https://t.test/a'), OFFER),
      addCopy(api, copyOf('https://t.test/b'), OFFER),
    ]);
    expect(await listEntries(api)).toHaveLength(2);
  });

  it('keeps each API apart', async () => {
    const other = `${api}/other`;
    await addCopy(api, copyOf('https://t.test/a'), OFFER);
    await addCopy(other, copyOf('https://t.test/b'), OFFER);
    expect((await listEntries(api)).map((each) => each.url)).toEqual(['https://t.test/a']);
    expect((await listEntries(other)).map((each) => each.url)).toEqual(['https://t.test/b']);
  });

  it('reads a version 0 record (a plain array, no first copy, count or note) as one copy each', async () => {
    const full: Partial<LibraryEntry> = entryAt('https://t.test/old', 5_000);
    delete full.firstCopiedAt;
    delete full.copies;
    delete full.note;
    const old = { ...full, id: 'old-1' };
    await set(api, [old], libraryDb);
    expect(await listEntries(api)).toEqual([{ ...old, firstCopiedAt: 5_000, copies: 1, note: '' }]);
    await updateNote(api, 'old-1', 'kept');
    expect(await readLibrary(api)).toMatchObject({ entries: [{ note: 'kept' }], unreadable: 0 });
  });

  it('drops and counts stored entries that do not read as entries, and a record that is not one', async () => {
    await set(api, { v: 1, entries: [entryAt('https://t.test/a', 1), { id: 'x', url: 42 }, 'junk'] }, libraryDb);
    expect(await readLibrary(api)).toMatchObject({ entries: [{ url: 'https://t.test/a' }], unreadable: 2 });
    await set(api, 'not a record', libraryDb);
    expect(await readLibrary(api)).toEqual({ entries: [], unreadable: 0 });
  });

  it('updates a note, cut at the longest a note may be', async () => {
    const { entry } = await addCopy(api, copyOf('https://t.test/a'), OFFER);
    await updateNote(api, entry.id, 'x'.repeat(NOTE_MAX_LENGTH + 20));
    expect((await listEntries(api))[0]?.note).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('removes entries by id', async () => {
    const a = await addCopy(api, copyOf('https://t.test/a'), OFFER, 1);
    const b = await addCopy(api, copyOf('https://t.test/b'), OFFER, 2);
    await removeEntries(api, [a.entry.id]);
    expect((await listEntries(api)).map((each) => each.id)).toEqual([b.entry.id]);
  });

  it('saves checks by entry id and ignores entries deleted meanwhile', async () => {
    const a = await addCopy(api, copyOf('https://t.test/a'), OFFER, 1);
    const check: LinkCheck = { at: 50, flags: [{ kind: 'gone' }] };
    await saveChecks(
      api,
      new Map([
        [a.entry.id, check],
        ['deleted-meanwhile', check],
      ]),
    );
    const entries = await listEntries(api);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.check).toEqual(check);
  });

  it('tells subscribers of each write to their API only', async () => {
    const heard = vi.fn();
    const elsewhere = vi.fn();
    const stop = subscribeLibrary(api, heard);
    const stopOther = subscribeLibrary(`${api}/other`, elsewhere);
    const { entry } = await addCopy(api, copyOf('https://t.test/a'), OFFER);
    await updateNote(api, entry.id, 'n');
    await removeEntries(api, [entry.id]);
    expect(heard).toHaveBeenCalledTimes(3);
    expect(elsewhere).not.toHaveBeenCalled();
    stop();
    stopOther();
    await addCopy(api, copyOf('https://t.test/b'), OFFER);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('hears another tab’s write through the storage event', () => {
    const heard = vi.fn();
    const stop = subscribeLibrary(api, heard);
    window.dispatchEvent(
      new StorageEvent('storage', { key: `link-library-changed:${api}`, storageArea: window.localStorage }),
    );
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });
});

function entryAt(url: string, copiedAt: number): LibraryEntry {
  return {
    id: crypto.randomUUID(),
    api,
    url,
    kind: 'tracking-link',
    label: 'main tracking link',
    source: 'main',
    issuedUrl: url,
    params: [],
    offer: OFFER,
    copiedAt,
    firstCopiedAt: copiedAt,
    copies: 1,
    note: '',
  };
}
