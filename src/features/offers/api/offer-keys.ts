export interface OfferListParams {
  status?: string | undefined;
  page: number;
  perPage: number;
}

/**
 * Layered keys: `['offers', api]` covers everything from one API, `…'detail'` every
 * offer. `api` is the client's cache key so switching base URL never mixes data.
 */
export const offerKeys = {
  all: (api: string) => ['offers', api] as const,
  lists: (api: string) => [...offerKeys.all(api), 'list'] as const,
  list: (api: string, params: OfferListParams) => [...offerKeys.lists(api), params] as const,
  details: (api: string) => [...offerKeys.all(api), 'detail'] as const,
  detail: (api: string, id: string) => [...offerKeys.details(api), id] as const,
  /** Every offer of one status, paged through for the search (up to `limit`). */
  searchIndex: (api: string, status: string | undefined, limit: number) =>
    [...offerKeys.all(api), 'search-index', { status, limit }] as const,
};
