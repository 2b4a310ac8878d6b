import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from './library-entry';
import { checkEntry, failedCheck, staleFlags } from './stale-rules';
import type { CurrentOffer, LinksNow, OfferNow } from './stale-rules';

const MAIN = 'https://track.example.com/c?o=1&a=2';
const OFFER_URL = 'https://trackly.example.com/t/abc';
const PIXEL = 'https://track.example.com/i?o=1';

function entry(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id: 'e1',
    api: 'http://api.test',
    url: MAIN,
    kind: 'tracking-link',
    label: 'main tracking link',
    source: 'main',
    issuedUrl: MAIN,
    params: [],
    offer: { id: '1', name: 'Summer Promo', status: 'active', payout: 3, payoutType: 'cpa' },
    copiedAt: 1,
    firstCopiedAt: 1,
    copies: 1,
    note: '',
    ...overrides,
  };
}

const offerNow = (overrides: Partial<OfferNow> = {}): OfferNow => ({
  status: 'active',
  payout: 3,
  trackingUrl: OFFER_URL,
  ...overrides,
});

const linksNow = (overrides: Partial<LinksNow> = {}): LinksNow => ({
  url: MAIN,
  landingPages: [
    { type: 'Default', tracking_link: 'https://track.example.com/c?o=1&lp=1' },
    { type: 'Offer URL', name: '360', tracking_link: 'https://track.example.com/c?o=1&lp=2' },
    { type: 'Random', tracking_link: 'https://track.example.com/c?o=1&lp=3' },
    { type: 'Random', tracking_link: 'https://track.example.com/c?o=1&lp=4' },
  ],
  pixelSrc: PIXEL,
  ...overrides,
});

function current(offer: Partial<OfferNow> | CurrentOffer['offer'] = {}, links: CurrentOffer['links'] = linksNow()) {
  const offerPart = typeof offer === 'string' || 'error' in offer ? offer : offerNow(offer);
  return { offer: offerPart, links } as CurrentOffer;
}

describe('staleFlags: nothing changed', () => {
  it('flags nothing when the offer is active, the payout and the link are as copied', () => {
    expect(staleFlags(entry(), current())).toEqual([]);
  });

  it('reads the status without regard to case', () => {
    expect(staleFlags(entry(), current({ status: 'Active' }))).toEqual([]);
  });

  it('compares nothing the API did not give', () => {
    expect(staleFlags(entry(), current({ status: undefined, payout: undefined }))).toEqual([]);
  });

  it('compares no payout when the snapshot has none', () => {
    const copied = entry({ offer: { id: '1' } });
    expect(staleFlags(copied, current({ payout: 9 }))).toEqual([]);
  });
});

describe('staleFlags: status', () => {
  it.each(['paused', 'archived', 'Paused', 'pending'])(
    'flags an offer that is now %s, with the status before',
    (now) => {
      expect(staleFlags(entry(), current({ status: now }))).toEqual([{ kind: 'status', before: 'active', now }]);
    },
  );

  it('flags it whenever it is not active, even when it already was not at the copy', () => {
    const copied = entry({ offer: { id: '1', status: 'paused', payout: 3 } });
    expect(staleFlags(copied, current({ status: 'paused' }))).toEqual([
      { kind: 'status', before: 'paused', now: 'paused' },
    ]);
  });

  it('leaves out `before` when the snapshot has no status', () => {
    const copied = entry({ offer: { id: '1', payout: 3 } });
    expect(staleFlags(copied, current({ status: 'archived' }))).toEqual([{ kind: 'status', now: 'archived' }]);
  });
});

describe('staleFlags: gone', () => {
  it('flags an offer Trackly no longer has (404), and nothing else', () => {
    expect(staleFlags(entry(), current('gone', 'gone'))).toEqual([{ kind: 'gone' }]);
    expect(staleFlags(entry({ source: 'offer', issuedUrl: OFFER_URL }), current('gone'))).toEqual([{ kind: 'gone' }]);
  });

  it('flags an Offerslook link whose offer Offerslook no longer has (1404)', () => {
    expect(staleFlags(entry(), current({}, 'gone'))).toEqual([{ kind: 'gone' }]);
  });

  it('does not flag the offer tracking URL for Offerslook answering 1404: it is Trackly’s link', () => {
    const copied = entry({ source: 'offer', kind: 'offer-tracking-url', issuedUrl: OFFER_URL, url: OFFER_URL });
    expect(staleFlags(copied, current({}, 'gone'))).toEqual([]);
  });
});

describe('staleFlags: approval', () => {
  it.each(['main', 'pixel', 'landing:Default'])('flags a %s link no longer approved (1403)', (source) => {
    expect(staleFlags(entry({ source }), current({}, 'not-approved'))).toEqual([{ kind: 'not-approved' }]);
  });

  it('does not flag the offer tracking URL: approval is Offerslook’s', () => {
    const copied = entry({ source: 'offer', kind: 'offer-tracking-url', issuedUrl: OFFER_URL, url: OFFER_URL });
    expect(staleFlags(copied, current({}, 'not-approved'))).toEqual([]);
  });

  it('keeps the status and payout flags next to it', () => {
    expect(staleFlags(entry(), current({ status: 'paused', payout: 2.5 }, 'not-approved'))).toEqual([
      { kind: 'status', before: 'active', now: 'paused' },
      { kind: 'not-approved' },
      { kind: 'payout', before: 3, now: 2.5 },
    ]);
  });
});

describe('staleFlags: payout', () => {
  it('flags a payout that differs from the one at the copy, old and new', () => {
    expect(staleFlags(entry(), current({ payout: 2.5 }))).toEqual([{ kind: 'payout', before: 3, now: 2.5 }]);
    expect(staleFlags(entry(), current({ payout: 0 }))).toEqual([{ kind: 'payout', before: 3, now: 0 }]);
  });

  it('flags status and payout together', () => {
    expect(staleFlags(entry(), current({ status: 'paused', payout: 2.5 }))).toEqual([
      { kind: 'status', before: 'active', now: 'paused' },
      { kind: 'payout', before: 3, now: 2.5 },
    ]);
  });
});

describe('staleFlags: link changed', () => {
  it('flags a main link that is no longer the one the API gives, with the new one', () => {
    const next = 'https://track.example.com/c?o=1&a=3';
    expect(staleFlags(entry(), current({}, linksNow({ url: next })))).toEqual([{ kind: 'link-changed', now: next }]);
  });

  it('flags a main link the API no longer gives at all', () => {
    expect(staleFlags(entry(), current({}, linksNow({ url: undefined })))).toEqual([
      { kind: 'link-changed', now: null },
    ]);
  });

  it('compares the link as issued, not the copied URL with its parameters', () => {
    const built = entry({ kind: 'built-link', url: `${MAIN}&aff_sub=x`, params: [['aff_sub', 'x']] });
    expect(staleFlags(built, current())).toEqual([]);
  });

  it('compares the offer tracking URL with Trackly’s', () => {
    const copied = entry({ source: 'offer', kind: 'offer-tracking-url', issuedUrl: OFFER_URL, url: OFFER_URL });
    expect(staleFlags(copied, current())).toEqual([]);
    expect(staleFlags(copied, current({ trackingUrl: `${OFFER_URL}2` }))).toEqual([
      { kind: 'link-changed', now: `${OFFER_URL}2` },
    ]);
    expect(staleFlags(copied, current({ trackingUrl: undefined }))).toEqual([{ kind: 'link-changed', now: null }]);
  });

  it('finds a landing page by its label, numbered as the page numbers twins', () => {
    const lp = (source: string, issuedUrl: string) => entry({ kind: 'landing-page', source, issuedUrl });
    expect(staleFlags(lp('landing:Default', 'https://track.example.com/c?o=1&lp=1'), current())).toEqual([]);
    expect(staleFlags(lp('landing:Offer URL “360”', 'https://track.example.com/c?o=1&lp=2'), current())).toEqual([]);
    expect(staleFlags(lp('landing:Random #2', 'https://track.example.com/c?o=1&lp=4'), current())).toEqual([]);
    expect(staleFlags(lp('landing:Random #2', 'https://track.example.com/c?o=1&lp=3'), current())).toEqual([
      { kind: 'link-changed', now: 'https://track.example.com/c?o=1&lp=4' },
    ]);
  });

  it('flags a landing page that is no longer listed', () => {
    const copied = entry({ kind: 'landing-page', source: 'landing:Offer URL “999”', issuedUrl: 'x' });
    expect(staleFlags(copied, current())).toEqual([{ kind: 'link-changed', now: null }]);
  });

  it('compares the pixel by its src, and flags a pixel that is now empty or unsafe', () => {
    const pixel = entry({ kind: 'pixel-url', source: 'pixel', issuedUrl: PIXEL, url: PIXEL });
    expect(staleFlags(pixel, current())).toEqual([]);
    expect(staleFlags(pixel, current({}, linksNow({ pixelSrc: `${PIXEL}&v=2` })))).toEqual([
      { kind: 'link-changed', now: `${PIXEL}&v=2` },
    ]);
    expect(staleFlags(pixel, current({}, linksNow({ pixelSrc: null })))).toEqual([{ kind: 'link-changed', now: null }]);
  });

  it('does not look at Offerslook for the offer tracking URL, even when it failed', () => {
    const copied = entry({ source: 'offer', kind: 'offer-tracking-url', issuedUrl: OFFER_URL, url: OFFER_URL });
    expect(staleFlags(copied, current({}, { error: 'Could not reach the API' }))).toEqual([]);
  });
});

describe('checkEntry', () => {
  const previous = { at: 5, flags: [{ kind: 'payout', before: 3, now: 2 }] } as const;

  it('records when it ran and what it found, replacing the flags before', () => {
    expect(
      checkEntry(entry({ check: { at: 5, flags: [{ kind: 'gone' }] } }), current({ status: 'paused' }), 10),
    ).toEqual({
      at: 10,
      flags: [{ kind: 'status', before: 'active', now: 'paused' }],
    });
  });

  it('clears the flags when nothing is wrong any more', () => {
    expect(checkEntry(entry({ check: { at: 5, flags: [{ kind: 'gone' }] } }), current(), 10)).toEqual({
      at: 10,
      flags: [],
    });
  });

  it('fails on an offer it could not read, keeping the flags before', () => {
    const copied = entry({ check: { ...previous, flags: [...previous.flags] } });
    expect(checkEntry(copied, current({ error: 'The API had a problem' }), 10)).toEqual({
      at: 10,
      flags: previous.flags,
      failed: 'The API had a problem',
    });
  });

  it('fails on tracking links it could not read, for an Offerslook link', () => {
    expect(checkEntry(entry(), current({}, { error: 'Access denied' }), 10)).toEqual({
      at: 10,
      flags: [],
      failed: 'Access denied',
    });
  });

  it('keeps the flags before in staleFlags too when it could not tell', () => {
    const copied = entry({ check: { ...previous, flags: [...previous.flags] } });
    expect(staleFlags(copied, current({ error: 'x' }))).toEqual(previous.flags);
  });

  it('reports gone rather than a failure when one side says the offer is gone', () => {
    expect(checkEntry(entry(), current('gone', { error: 'x' }), 10)).toEqual({ at: 10, flags: [{ kind: 'gone' }] });
  });
});

describe('failedCheck', () => {
  it('keeps the flags of the check before, or none', () => {
    expect(failedCheck(entry(), 'Could not reach the API', 3)).toEqual({
      at: 3,
      flags: [],
      failed: 'Could not reach the API',
    });
    expect(failedCheck(entry({ check: { at: 1, flags: [{ kind: 'gone' }] } }), 'x', 3)).toEqual({
      at: 3,
      flags: [{ kind: 'gone' }],
      failed: 'x',
    });
  });
});
