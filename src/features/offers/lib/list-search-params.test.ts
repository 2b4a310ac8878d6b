import { DEFAULT_PAGE_SIZE, readListView, writeListView } from './list-search-params';
import type { ListView } from './list-search-params';

const read = (search: string) => readListView(new URLSearchParams(search));

describe('readListView', () => {
  it('uses the defaults for an empty URL', () => {
    expect(read('')).toEqual({ status: undefined, page: 1, perPage: DEFAULT_PAGE_SIZE, q: '' });
    expect(DEFAULT_PAGE_SIZE).toBe(25);
  });

  it('reads every known value', () => {
    expect(read('status=archived&page=3&per_page=100&q=summer+promo')).toEqual({
      status: 'archived',
      page: 3,
      perPage: 100,
      q: 'summer promo',
    });
  });

  it.each(['ACTIVE', 'deleted', '', 'active ', '__proto__'])('ignores the unknown status %j', (status) => {
    expect(read(`status=${encodeURIComponent(status)}`).status).toBeUndefined();
  });

  it.each(['0', '-1', '1.5', 'abc', '', '2e3', ' 2'])('falls back to page 1 for page=%j', (page) => {
    expect(read(`page=${encodeURIComponent(page)}`).page).toBe(1);
  });

  it.each(['10', '0', '1000', 'fifty'])('falls back to 25 rows for the unsupported per_page=%j', (perPage) => {
    expect(read(`per_page=${perPage}`).perPage).toBe(25);
  });

  it.each([25, 50, 100])('accepts the offered page size %i', (perPage) => {
    expect(read(`per_page=${perPage}`).perPage).toBe(perPage);
  });
});

describe('writeListView', () => {
  it('writes nothing for the defaults, so a shared URL stays short', () => {
    expect(writeListView({ status: undefined, page: 1, perPage: 25, q: '' }).toString()).toBe('');
  });

  it('writes only what differs from the defaults', () => {
    expect(writeListView({ status: 'paused', page: 1, perPage: 50, q: '' }).toString()).toBe(
      'status=paused&per_page=50',
    );
  });

  it.each<ListView>([
    { status: 'active', page: 7, perPage: 100, q: 'a&b=c #d' },
    { status: undefined, page: 2, perPage: 25, q: '' },
    { status: 'archived', page: 1, perPage: 50, q: '“360”' },
  ])('round-trips through the URL (%o)', (view) => {
    expect(readListView(new URLSearchParams(writeListView(view).toString()))).toEqual(view);
  });
});
