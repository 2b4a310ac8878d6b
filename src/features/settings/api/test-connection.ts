import { useMutation } from '@tanstack/react-query';
import { getOffers } from '@/features/offers/api/get-offers';
import { isApiError } from '@/lib/api/api-error';
import { createApiClient } from '@/lib/api/client';
import type { ApiCredentials } from '@/lib/api/client';

export type ConnectionResult =
  | { kind: 'ok'; total: number }
  | { kind: 'unauthorized'; message?: string | undefined }
  | { kind: 'unreachable'; message: string }
  | { kind: 'not-offers-api'; message: string }
  | { kind: 'failed'; message: string };

/** Calls the offers endpoint once and says in plain words what happened. */
export async function testConnection(baseUrl: string, credentials: ApiCredentials): Promise<ConnectionResult> {
  const client = createApiClient({ baseUrl, credentials, timeoutMs: 10_000 });
  try {
    const list = await getOffers(client, { page: 1, perPage: 1 });
    return { kind: 'ok', total: list.pagination.total };
  } catch (error) {
    if (!isApiError(error)) return { kind: 'failed', message: 'Something unexpected went wrong.' };
    switch (error.kind) {
      case 'unauthorized':
      case 'forbidden':
        return { kind: 'unauthorized', message: error.upstreamMessage };
      case 'network':
        return { kind: 'unreachable', message: 'Nothing answered at this address (or it does not allow this page to call it).' };
      case 'timeout':
        return { kind: 'unreachable', message: 'The address did not answer in time.' };
      case 'not-found':
      case 'malformed':
      case 'shape':
      case 'client':
        return { kind: 'not-offers-api', message: 'Something answered, but not with the Trackly offers API.' };
      default:
        return { kind: 'failed', message: error.message };
    }
  }
}

export function useTestConnection() {
  return useMutation({
    mutationFn: ({ baseUrl, credentials }: { baseUrl: string; credentials: ApiCredentials }) =>
      testConnection(baseUrl, credentials),
  });
}
