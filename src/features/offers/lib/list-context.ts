import { paths } from '@/config/paths';
import { isRecord } from '@/lib/is-record';
import { readJson, writeJson } from '@/lib/storage';
import { filterOffers } from './filter-offers';
import { readListView, writeListView } from './list-search-params';
import type { ListView } from './list-search-params';
import type { Offer } from '@/contract';

const STORAGE_KEY = 'offers-dashboard.list-context';

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
export function pageContext(view: ListView, offers: readonly Offer[], totalPages: number): ListContext {
  return { href: listHref(view), ids: filterOffers(offers, view.q).map((offer) => offer.id), list: { view, totalPages } };
}

function readList(value: unknown): ListContext['list'] {
  if (!isRecord(value) || !isRecord(value.view)) return undefined;
  const { view, totalPages } = value;
  if (typeof totalPages !== 'number' || !Number.isInteger(totalPages) || totalPages < 0) return undefined;
  // Read back through the URL reader, so a hand-edited value is checked like a URL is.
  const params = new URLSearchParams();
  if (typeof view.status === 'string') params.set('status', view.status);
  if (typeof view.page === 'number') params.set('page', String(view.page));
  if (typeof view.perPage === 'number') params.set('per_page', String(view.perPage));
  if (typeof view.q === 'string') params.set('q', view.q);
  return { view: readListView(params), totalPages };
}

/**
 * Remembers the rows of the list the user last saw, and which page of which list they
 * are, so the detail page can step to the previous or next offer of that list. Kept
 * per tab.
 */
export const listContext = {
  save: (context: ListContext) => {
    writeJson(STORAGE_KEY, context, 'session');
  },
  read: (): ListContext | null => {
    const value = readJson(STORAGE_KEY, 'session');
    if (!isRecord(value) || typeof value.href !== 'string' || !Array.isArray(value.ids)) return null;
    const list = readList(value.list);
    return {
      href: value.href,
      ids: value.ids.filter((id): id is string => typeof id === 'string'),
      ...(list ? { list } : {}),
    };
  },
};
