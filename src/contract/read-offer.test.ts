import * as v from 'valibot';
import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from './published';
import { readOffer, readOfferFields, readOfferListSchema, readOfferSchema } from './read-offer';
import { readTrackingLinks } from './read-tracking-links';

describe('readOffer', () => {
  it('reads the published offer with no notes', () => {
    expect(readOffer(PUBLISHED_OFFER)).toEqual({ value: PUBLISHED_OFFER, notes: [] });
  });

  it('reads a numeric-text payout as the number, noting it was text', () => {
    const read = readOffer({ ...PUBLISHED_OFFER, payout: '3.10' });
    expect(read?.value.payout).toBe(3.1);
    expect(read?.notes).toEqual([{ vendor: 'trackly', field: 'payout', problem: 'as-text', sent: '"3.10"' }]);
  });

  it('leaves a missing field not given, and a mistyped one too, saying what was sent', () => {
    const withoutBots: Record<string, unknown> = { ...PUBLISHED_OFFER };
    Reflect.deleteProperty(withoutBots, 'filter_bots');
    const read = readOffer({ ...withoutBots, status: ['active'], payout: 'lots' });
    expect(read?.value).toMatchObject({ filter_bots: undefined, status: undefined, payout: undefined });
    expect(read?.value.name).toBe(PUBLISHED_OFFER.name);
    expect(read?.notes).toEqual([
      { vendor: 'trackly', field: 'payout', problem: 'wrong-type', sent: '"lots"', received: 'a string' },
      { vendor: 'trackly', field: 'filter_bots', problem: 'missing' },
      { vendor: 'trackly', field: 'status', problem: 'wrong-type', sent: '["active"]', received: 'a list' },
    ]);
  });

  it('keeps enum values the docs do not list, as sent', () => {
    const read = readOffer({ ...PUBLISHED_OFFER, status: 'pending_review', payout_type: 'cpl' });
    expect(read?.value).toMatchObject({ status: 'pending_review', payout_type: 'cpl' });
    expect(read?.notes).toEqual([]);
  });

  it('truncates a long value sent', () => {
    const read = readOfferFields({ ...PUBLISHED_OFFER, name: { text: 'x'.repeat(500) } });
    expect(read.notes[0]?.sent?.length).toBeLessThanOrEqual(60);
    expect(read.notes[0]?.sent).toMatch(/…$/);
  });

  it.each([
    ['not an object', 'an offer'],
    ['an array', [PUBLISHED_OFFER]],
    ['null', null],
    ['no id', { ...PUBLISHED_OFFER, id: undefined }],
    ['an empty id', { ...PUBLISHED_OFFER, id: '' }],
    ['a numeric id', { ...PUBLISHED_OFFER, id: 42 }],
  ])('refuses a body that cannot be an offer (%s)', (_case, body) => {
    expect(readOffer(body)).toBeNull();
    expect(v.safeParse(readOfferSchema, body).success).toBe(false);
  });
});

describe('readOfferListSchema', () => {
  it('reads each row on its own, keeping rows without a usable id apart', () => {
    const list = v.parse(readOfferListSchema, {
      offers: [PUBLISHED_OFFER, { ...PUBLISHED_OFFER, id: 'b', payout: '1.5' }, { name: 'No id' }, 7],
      pagination: { page: 1, per_page: 50, total: 4, total_pages: 1 },
    });
    expect(list.offers.map((offer) => [offer.id, offer.payout])).toEqual([
      [PUBLISHED_OFFER.id, PUBLISHED_OFFER.payout],
      ['b', 1.5],
    ]);
    expect(list.unlinked.map((row) => row.name)).toEqual(['No id', undefined]);
    expect(list.unlinked[0]?.notes[0]).toEqual({ vendor: 'trackly', field: 'id', problem: 'missing' });
  });

  it('still refuses a list without its offers array or paging', () => {
    expect(v.safeParse(readOfferListSchema, { data: [] }).success).toBe(false);
  });
});

describe('readTrackingLinks', () => {
  it('reads the published example with no notes', () => {
    expect(readTrackingLinks(PUBLISHED_TRACKING_LINKS)).toEqual({ value: PUBLISHED_TRACKING_LINKS, notes: [] });
  });

  it('skips a bad landing page, naming its entry and field, and keeps the good ones', () => {
    const [first, second] = PUBLISHED_TRACKING_LINKS.offer_url;
    const read = readTrackingLinks({
      ...PUBLISHED_TRACKING_LINKS,
      url: 12,
      offer_url: [first, { type: 'Random', tracking_link: 5 }, 'x', second],
    });
    expect(read?.value.offer_url).toEqual([first, second]);
    expect(read?.value.url).toBeUndefined();
    expect(read?.notes).toEqual([
      { vendor: 'offerslook', field: 'url', problem: 'wrong-type', sent: '12', received: 'a number' },
      {
        vendor: 'offerslook',
        field: 'offer_url[2]',
        problem: 'skipped-entry',
        reason: 'tracking_link sent as a number',
      },
      { vendor: 'offerslook', field: 'offer_url[3]', problem: 'skipped-entry', reason: 'not an object (a string)' },
    ]);
  });

  it('refuses a tracking_link that is not an object', () => {
    expect(readTrackingLinks('http://x')).toBeNull();
  });
});
