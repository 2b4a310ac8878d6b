import * as v from 'valibot';
import { paths } from '@/config/paths';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';
import { filterOffers } from './filter-offers';
import { readListView, writeListView } from './list-search-params';
import type { ListView } from './list-search-params';
import type { ReadOffer as Offer } from '@/contract';

export interface ListContext {
  /** The list URL (path + search) the ids came from. */
  href: string;
  /** The rows shown on that page, after the quick filter. */
  ids: string[];
  /**
   * Which page of which list the ids are, so the pager can go on to the page before or
   * after. Absent (a context saved by an older version): the pager stays within `ids`.
   */
  list?: { view: ListView; totalPages: number };
}

/** The list URL of a view, as the list page writes it. */
export function listHref(view: ListView): string {
  const search = writeListView(view).toString();
  return search ? `${paths.offers}?${search}` : paths.offers;
}

/** The context of one page of the list: its rows after the quick filter. */
export function pageContext(
  view: ListView,
  offers: readonly Pick<Offer, 'id' | 'name' | 'advertiser_id' | 'external_id'>[],
  totalPages: number,
): ListContext {
  return {
    href: listHref(view),
    ids: filterOffers(offers, view.q).map((offer) => offer.id),
    list: { view, totalPages },
  };
}

const ignored = <T>(schema: v.GenericSchema<unknown, T>) => v.fallback(v.optional(schema), undefined);

/** Read back through the URL reader, so a hand-edited view is checked like a URL is. */
const viewSchema = v.pipe(
  v.object({
    status: ignored(v.string()),
    page: ignored(v.number()),
    perPage: ignored(v.number()),
    q: ignored(v.string()),
  }),
  v.transform(({ status, page, perPage, q }): ListView => {
    const params = new URLSearchParams();
    if (status !== undefined) params.set('status', status);
    if (page !== undefined) params.set('page', String(page));
    if (perPage !== undefined) params.set('per_page', String(perPage));
    if (q !== undefined) params.set('q', q);
    return readListView(params);
  }),
);

const contextSchema = v.pipe(
  v.object({
    href: v.string(),
    ids: lenientList(v.string()),
    list: ignored(v.object({ view: viewSchema, totalPages: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  }),
  v.transform(({ href, ids, list }): ListContext => ({ href, ids, ...(list ? { list } : {}) })),
);

/** Kept per tab. */
const stored = storedValue<ListContext | null>({
  key: 'offers-dashboard.list-context',
  kind: 'session',
  schema: v.nullable(contextSchema),
  version: 1,
  fallback: null,
  // Version 1 holds the same object as the unversioned format before it.
  migrate: (data) => data,
});

/**
 * Remembers the rows of the list the user last saw, and which page of which list they
 * are, so the detail page can step to the previous or next offer of that list.
 */
export const listContext = {
  save: (context: ListContext) => {
    stored.set(context);
  },
  read: (): ListContext | null => stored.get(),
};
