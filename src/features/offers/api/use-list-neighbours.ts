import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiClient } from '@/lib/api/client';
import type { QueryClient } from '@tanstack/react-query';
import { filterOffers } from '../lib/filter-offers';
import { listContext, pageContext } from '../lib/list-context';
import type { ListContext } from '../lib/list-context';
import type { ListView } from '../lib/list-search-params';
import { offersQueryOptions } from './get-offers';
import type { ReadOfferList as OfferList } from '@/contract';
import { useSeedOffers } from './use-seed-offers';

type List = NonNullable<ListContext['list']>;

function pageOptions(client: ApiClient, view: ListView, page: number) {
  return offersQueryOptions(client, { status: view.status, page, perPage: view.perPage });
}

/**
 * The page next to the context's in `direction` that holds rows after the quick
 * filter, or that is not loaded yet (so may hold some). Pages the filter empties are
 * skipped, so the pager goes on to the next offer wherever it is.
 */
function adjacentPage(queryClient: QueryClient, client: ApiClient, list: List | undefined, direction: 1 | -1) {
  if (!list) return undefined;
  for (let page = list.view.page + direction; page >= 1 && page <= list.totalPages; page += direction) {
    const data = queryClient.getQueryData<OfferList>(pageOptions(client, list.view, page).queryKey);
    if (!data || filterOffers(data.offers, list.view.q).length > 0) return page;
  }
  return undefined;
}

/** One adjacent page of the list: from the cache, fetched only when `wanted`. */
function useAdjacentPage(client: ApiClient, list: List | undefined, page: number | undefined, wanted: boolean) {
  const options = pageOptions(client, list?.view ?? { status: undefined, page: 1, perPage: 25, q: '' }, page ?? 0);
  const query = useQuery({
    ...options,
    enabled: wanted && list !== undefined && page !== undefined,
    // Rows already loaded will do, however old: they only say which offer is next, and
    // the offer itself is fetched when opened. The list page refreshes them as it shows them.
    staleTime: Infinity,
    // Never another page's rows as a stand-in: they would give the wrong neighbour.
    placeholderData: () => undefined,
  });
  // Rows of the next page open as instantly as those of the list did.
  useSeedOffers(query.data?.offers, query.dataUpdatedAt);
  if (!list || page === undefined || !query.data) return undefined;
  return pageContext({ ...list.view, page }, query.data.offers, query.data.pagination.total_pages);
}

/**
 * Previous and next offer within the list the user came from. At either end of the
 * page shown there, it continues onto the page before or after (fetched with the list's
 * own query, so from the cache when the list already loaded it), and stops only at the
 * true ends of the list. Moving onto another page makes that page the context, so
 * "Back to offers" leads to the page holding the offer.
 */
export function useListNeighbours(offerId: string): {
  previous?: string | undefined;
  next?: string | undefined;
  backHref?: string | undefined;
} {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [context, setContext] = useState(() => listContext.read());
  const list = context?.list;
  const index = context ? context.ids.indexOf(offerId) : -1;
  const lastIndex = (context?.ids.length ?? 0) - 1;

  const previousPage = useAdjacentPage(client, list, adjacentPage(queryClient, client, list, -1), index === 0);
  const nextPage = useAdjacentPage(
    client,
    list,
    adjacentPage(queryClient, client, list, 1),
    index !== -1 && index === lastIndex,
  );

  // The offer is on a page next to the context's (the pager or Back/Forward moved
  // there): that page becomes the context. Adjusted while rendering, as React advises
  // for state derived from props, so no frame shows the old page's neighbours.
  if (context && index === -1) {
    const moved = [previousPage, nextPage].find((page) => page?.ids.includes(offerId));
    if (moved) setContext(moved);
  }

  useEffect(() => {
    if (context) listContext.save(context);
  }, [context]);

  if (!context || index === -1) return { backHref: context?.href };
  return {
    previous: index > 0 ? context.ids[index - 1] : previousPage?.ids.at(-1),
    next: index < lastIndex ? context.ids[index + 1] : nextPage?.ids[0],
    backHref: context.href,
  };
}
