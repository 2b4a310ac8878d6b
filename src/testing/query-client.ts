import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '@/lib/api/query-client';

/**
 * The app's own QueryClient (real retry policy, stale times), with the wait between
 * retries cut to 1 ms so a test can count retries without waiting seconds.
 */
export function createAppQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  const queries = queryClient.getDefaultOptions().queries;
  queryClient.setDefaultOptions({ queries: { ...queries, retryDelay: 1 } });
  return queryClient;
}
