import { makeOffer } from '@/testing/fixtures';
import { listContext, listHref, pageContext } from './list-context';

const KEY = 'offers-dashboard.list-context';

describe('listContext', () => {
  it('keeps which page of which list the rows are, through the tab', () => {
    const offers = [makeOffer({ id: 'a', name: 'Alpha' }), makeOffer({ id: 'b', name: 'Beta' })];
    const context = pageContext({ status: 'paused', page: 3, perPage: 50, q: 'alp' }, offers, 7);
    listContext.save(context);
    expect(listContext.read()).toEqual({
      href: '/offers?status=paused&page=3&per_page=50&q=alp',
      ids: ['a'],
      list: { view: { status: 'paused', page: 3, perPage: 50, q: 'alp' }, totalPages: 7 },
    });
  });

  it('reads a context saved without its list (rows only): the pager stays on those rows', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ href: '/offers', ids: ['a', 7, 'b'] }));
    expect(listContext.read()).toEqual({ href: '/offers', ids: ['a', 'b'] });
  });

  it('checks a hand-edited list like a URL, and drops one without a usable page count', () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({
        href: '/offers',
        ids: [],
        list: { view: { status: 'deleted', page: -2, perPage: 30, q: 5 }, totalPages: 4 },
      }),
    );
    expect(listContext.read()?.list).toEqual({
      view: { status: undefined, page: 1, perPage: 25, q: '' },
      totalPages: 4,
    });

    sessionStorage.setItem(KEY, JSON.stringify({ href: '/offers', ids: [], list: { view: {}, totalPages: '4' } }));
    expect(listContext.read()).toEqual({ href: '/offers', ids: [] });
  });

  it('reads nothing from a missing or malformed value', () => {
    expect(listContext.read()).toBeNull();
    sessionStorage.setItem(KEY, '{not json');
    expect(listContext.read()).toBeNull();
    sessionStorage.setItem(KEY, JSON.stringify({ href: 3, ids: [] }));
    expect(listContext.read()).toBeNull();
  });
});

describe('listHref', () => {
  it('is the list URL as the list writes it', () => {
    expect(listHref({ status: undefined, page: 1, perPage: 25, q: '' })).toBe('/offers');
    expect(listHref({ status: 'active', page: 2, perPage: 25, q: 'a b' })).toBe('/offers?status=active&page=2&q=a+b');
  });
});
