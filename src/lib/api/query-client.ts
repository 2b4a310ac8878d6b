import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { isRetryable } from './api-error';

/** Transient failures are tried this many extra times before the error shows. */
export const MAX_RETRIES = 2;

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_RETRIES,
        retryDelay,
      },
    },
  });
}
