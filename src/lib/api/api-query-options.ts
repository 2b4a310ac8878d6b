import { queryOptions } from '@tanstack/react-query';
import type { DefaultError, QueryKey } from '@tanstack/react-query';
import type { ApiClient } from './client';

/**
 * queryOptions for a request through `client`. The key is built from client.cacheKey (its
 * base URL), the only variable the client holds, so switching API never mixes data.
 */
export function apiQueryOptions<T, TKey extends QueryKey>(
  client: ApiClient,
  key: (api: string) => TKey,
  fetcher: (client: ApiClient, signal: AbortSignal) => Promise<T>,
) {
  // The lint rule cannot see that `client` is in the key as client.cacheKey.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions<T, DefaultError, T, TKey>({
    queryKey: key(client.cacheKey),
    queryFn: ({ signal }) => fetcher(client, signal),
  });
}
