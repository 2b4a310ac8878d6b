import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';
import { isApiError, isRetryable } from './api-error';

/** Transient failures are tried this many extra times before the error shows. */
export const MAX_RETRIES = 2;

/** A timeout already cost the user a full request timeout: it is tried once more only. */
export const MAX_TIMEOUT_RETRIES = 1;

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isRetryable(error)) return false;
  const limit = isApiError(error) && error.kind === 'timeout' ? MAX_TIMEOUT_RETRIES : MAX_RETRIES;
  return failureCount < limit;
}

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
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
