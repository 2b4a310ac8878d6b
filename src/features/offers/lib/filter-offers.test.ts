import { makeOffer } from '@/testing/fixtures';
import { filterOffers } from './filter-offers';

const offers = [
  makeOffer({ id: '664f1a2b3c4d5e6f7a8b9c0d', name: 'Summer Promo', advertiser_id: 'adv_882', external_id: '4521' }),
  makeOffer({ id: '77aa00000000000000000001', name: 'Winter Deal', advertiser_id: null, external_id: null }),
  makeOffer({
    id: '77aa00000000000000000002',
    name: 'Ünïcode Straße',
    advertiser_id: 'ADV_ZETA',
    external_id: 'EF-99',
  }),
];

const names = (query: string) => filterOffers(offers, query).map((offer) => offer.name);

describe('filterOffers', () => {
  it('keeps every offer, in order, for an empty or blank query', () => {
    expect(names('')).toEqual(['Summer Promo', 'Winter Deal', 'Ünïcode Straße']);
    expect(names('   ')).toEqual(['Summer Promo', 'Winter Deal', 'Ünïcode Straße']);
  });

  it('matches part of the name, ignoring case and surrounding spaces', () => {
    expect(names('  PROMO ')).toEqual(['Summer Promo']);
    expect(names('straße')).toEqual(['Ünïcode Straße']);
  });

  it('matches part of the id', () => {
    expect(names('77aa')).toEqual(['Winter Deal', 'Ünïcode Straße']);
    expect(names('9c0d')).toEqual(['Summer Promo']);
  });

  it('matches the advertiser id and the external id', () => {
    expect(names('adv_zeta')).toEqual(['Ünïcode Straße']);
    expect(names('4521')).toEqual(['Summer Promo']);
    expect(names('ef-9')).toEqual(['Ünïcode Straße']);
  });

  it('does not match fields it does not search (status, payout, URL)', () => {
    expect(names('active')).toEqual([]);
    expect(names('track.example.com')).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const copy = [...offers];
    filterOffers(offers, 'promo');
    expect(offers).toEqual(copy);
  });
});

describe('filterOffers: accents', () => {
  it('ignores accents and case both ways', () => {
    const cafe = [makeOffer({ id: 'c1', name: 'Café Crème' }), makeOffer({ id: 'c2', name: 'CAFE NOIR' })];
    expect(filterOffers(cafe, 'cafe').map((offer) => offer.id)).toEqual(['c1', 'c2']);
    expect(filterOffers(cafe, 'CRÈME').map((offer) => offer.id)).toEqual(['c1']);
    expect(filterOffers(cafe, 'creme').map((offer) => offer.id)).toEqual(['c1']);
  });
});
