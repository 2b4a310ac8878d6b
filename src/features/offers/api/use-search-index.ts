import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ReadOffer as Offer, ReadOfferList as OfferList } from '@/contract';
import { useApiClient } from '@/lib/api/api-client-context';
import type { ApiError } from '@/lib/api/api-error';
import type { ApiClient } from '@/lib/api/client';
import { getOffers } from './get-offers';
import { offerKeys } from './offer-keys';
import { SEARCH_LIMIT } from './search-limit';

/** The contract's largest page. */
const SEARCH_PAGE_SIZE = 100;

export interface SearchIndex {
  /** The offers read so far, in the list's order, each once. */
  offers: readonly Offer[];
  /** How many offers the list holds, once its first page answered. */
  total: number | undefined;
  /** Every offer was read, or the limit stopped it. */
  done: boolean;
  /** The limit stopped it before the end of the list. */
  bounded: boolean;
  /** The first page is still coming. */
  pending: boolean;
  /** A page failed: the offers read before it stay. */
  error: ApiError | null;
  retrying: boolean;
  retry: () => void;
  /** When the offers were read (the first page's answer). */
  updatedAt: number;
}

function readCount(pages: readonly OfferList[]): number {
  return pages.reduce((sum, page) => sum + page.offers.length, 0);
}

/** The pages of the list a search reads, 100 offers each, up to `limit` offers. */
function searchIndexQueryOptions(client: ApiClient, status: string | undefined, limit: number) {
  // The lint rule cannot see that `client` is in the key as client.cacheKey.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return infiniteQueryOptions({
    queryKey: offerKeys.searchIndex(client.cacheKey, status, limit),
    queryFn: ({ pageParam, signal }) =>
      getOffers(client, { status, page: pageParam, perPage: SEARCH_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: (last: OfferList, pages: OfferList[]) =>
      last.offers.length > 0 && last.pagination.page < last.pagination.total_pages && readCount(pages) < limit
        ? last.pagination.page + 1
        : undefined,
    staleTime: 5 * 60_000,
    gcTime: 15 * 60_000,
  });
}

/**
 * Every offer of `status`, read in the background page after page while `enabled`,
 * kept for a while per API. A page at a time, so progress shows as each arrives.
 */
export function useSearchIndex(status: string | undefined, enabled: boolean, limit = SEARCH_LIMIT): SearchIndex {
  const client = useApiClient();
  const query = useInfiniteQuery({ ...searchIndexQueryOptions(client, status, limit), enabled });
  const { hasNextPage, isFetching, isError, fetchNextPage, data } = query;

  // One page after another, only while wanted: a failure stops it until Retry. The page
  // count is a dependency too: a fast answer can come before React saw the fetch start.
  const pageCount = data?.pages.length ?? 0;
  useEffect(() => {
    if (enabled && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [enabled, hasNextPage, isFetching, isError, fetchNextPage, pageCount]);

  const offers = useMemo(() => {
    const seen = new Set<string>();
    const all: Offer[] = [];
    // Offers that moved between pages while paging would show twice: keep the first.
    for (const page of data?.pages ?? []) {
      for (const offer of page.offers) {
        if (seen.has(offer.id) || all.length >= limit) continue;
        seen.add(offer.id);
        all.push(offer);
      }
    }
    return all;
  }, [data, limit]);

  const total = data?.pages.at(-1)?.pagination.total;
  const bounded = total !== undefined && !hasNextPage && readCount(data?.pages ?? []) >= limit && total > limit;
  return {
    offers,
    total,
    done: data !== undefined && !hasNextPage && !isFetching,
    bounded,
    pending: data === undefined && !isError,
    error: isError ? query.error : null,
    retrying: isError && isFetching,
    retry: () => {
      void (data === undefined ? query.refetch() : fetchNextPage());
    },
    updatedAt: query.dataUpdatedAt,
  };
}
