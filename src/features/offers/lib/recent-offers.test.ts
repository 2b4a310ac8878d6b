import { MAX_RECENT, recentOffers } from './recent-offers';

const KEY = 'offers-dashboard.recent-offers';
const A = 'https://a.example/api';
const B = 'https://b.example/api';

const on = (api: string) =>
  recentOffers
    .getSnapshot()
    .filter((offer) => offer.api === api)
    .map((offer) => offer.id);

describe('recentOffers', () => {
  it('keeps a list per API base URL, newest first, without duplicates', () => {
    recentOffers.record({ id: '1', name: 'One' }, A);
    recentOffers.record({ id: '2', name: 'Two' }, A);
    recentOffers.record({ id: '1', name: 'One' }, B);
    recentOffers.record({ id: '1', name: 'One' }, A);
    expect(on(A)).toEqual(['1', '2']);
    expect(on(B)).toEqual(['1']);
  });

  it(`keeps the last ${MAX_RECENT} offers of each API`, () => {
    for (let n = 1; n <= MAX_RECENT + 3; n += 1) recentOffers.record({ id: String(n), name: `Offer ${n}` }, A);
    recentOffers.record({ id: 'b', name: 'On B' }, B);
    expect(on(A)).toEqual(['13', '12', '11', '10', '9', '8', '7', '6', '5', '4']);
    expect(on(B)).toEqual(['b']);
  });

  it('forgets the API used longest ago once five others were used since', () => {
    const apis = ['1', '2', '3', '4', '5', '6'].map((n) => `https://${n}.example`);
    for (const api of apis) recentOffers.record({ id: 'x', name: 'X' }, api);
    expect(new Set(recentOffers.getSnapshot().map((offer) => offer.api))).toEqual(new Set(apis.slice(1)));
  });

  it('drops entries saved before lists were kept per API: where they lead is unknown', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { id: 'old', name: 'Old' },
        { api: A, id: 'new', name: 'New' },
      ]),
    );
    expect(recentOffers.getSnapshot()).toEqual([{ api: A, id: 'new', name: 'New' }]);
  });

  it('follows the stored list (another tab, or cleared storage)', () => {
    recentOffers.record({ id: '1', name: 'One' }, A);
    localStorage.clear();
    expect(recentOffers.getSnapshot()).toEqual([]);
  });
});

describe('recentOffers: storage', () => {
  it('reads a list saved before values were versioned', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { api: A, id: '2', name: 'Two' },
        { api: A, id: '1', name: 'One' },
      ]),
    );
    expect(on(A)).toEqual(['2', '1']);
    recentOffers.record({ id: '3', name: 'Three' }, A);
    expect(on(A)).toEqual(['3', '2', '1']);
  });

  it('tells listeners about another tab’s list', () => {
    const listener = vi.fn();
    const unsubscribe = recentOffers.subscribe(listener);
    localStorage.setItem(KEY, JSON.stringify({ v: 1, data: [{ api: B, id: 'b', name: 'B' }] }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(on(B)).toEqual(['b']);
    unsubscribe();
  });

  it('keeps the list for this page when storage refuses it', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    recentOffers.record({ id: '1', name: 'One' }, A);
    expect(on(A)).toEqual(['1']);
    setItem.mockRestore();
    recentOffers.record({ id: '2', name: 'Two' }, A);
    expect(on(A)).toEqual(['2', '1']);
    expect(localStorage.getItem(KEY)).toContain('"id":"1"');
  });
});
