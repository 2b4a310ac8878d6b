import type { LibraryEntry } from './library-entry';
import { readLibraryEntry } from './read-library-entry';

const ENTRY: LibraryEntry = {
  id: 'e1',
  api: 'https://api.test',
  url: 'https://t.test/a?s1=x',
  kind: 'built-link',
  label: 'built link on the Main tracking link',
  source: 'landing:Default',
  issuedUrl: 'https://t.test/a',
  params: [['s1', 'x']],
  offer: { id: 'o1', name: 'Summer Promo', status: 'active', payout: 3, payoutType: 'cpa' },
  copiedAt: 2_000,
  firstCopiedAt: 1_000,
  copies: 2,
  note: 'newsletter',
  check: {
    at: 3_000,
    flags: [
      { kind: 'status', before: 'active', now: 'paused' },
      { kind: 'gone' },
      { kind: 'not-approved' },
      { kind: 'payout', before: 3, now: 2 },
      { kind: 'link-changed', now: null },
    ],
    failed: 'Access denied',
  },
};

describe('readLibraryEntry', () => {
  it('reads a stored entry as it was written', () => {
    expect(readLibraryEntry(structuredClone(ENTRY))).toStrictEqual(ENTRY);
  });

  it('leaves optional fields not given absent, and drops fields it does not know', () => {
    const stored = { ...ENTRY, offer: { id: 'o1', extra: 1 }, check: undefined, extra: '<script>' };
    const expected: Partial<LibraryEntry> = { ...ENTRY, offer: { id: 'o1' } };
    delete expected.check;
    expect(readLibraryEntry(stored)).toStrictEqual(expected);
  });

  it.each([
    ['a kind it does not know', { kind: 'coupon' }],
    ['a source of no known form', { source: 'landing:' }],
    ['a parameter that is not a pair', { params: [['s1']] }],
    ['a count that is not a number', { copies: Number.NaN }],
    ['an offer without an id', { offer: { name: 'x' } }],
    ['a payout as text', { offer: { id: 'o1', payout: '3' } }],
    ['a flag of a kind it does not know', { check: { at: 1, flags: [{ kind: 'cursed' }] } }],
    ['a flag without what it says now', { check: { at: 1, flags: [{ kind: 'status' }] } }],
    ['a check that is not one', { check: 'yes' }],
  ])('refuses an entry with %s', (_what, change) => {
    expect(readLibraryEntry({ ...ENTRY, ...change })).toBeUndefined();
  });

  it('refuses what is not an entry at all', () => {
    expect(readLibraryEntry(null)).toBeUndefined();
    expect(readLibraryEntry([ENTRY])).toBeUndefined();
  });
});
