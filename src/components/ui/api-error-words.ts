import type { ApiError, ApiErrorKind } from '@/lib/api/api-error';

/** What each kind of failure is called wherever the app shows it. */
const TITLES: Record<ApiErrorKind, string> = {
  unauthorized: 'Not signed in to the API',
  forbidden: 'Access denied',
  'not-found': 'Not found',
  'rate-limited': 'Too many requests',
  client: 'The API refused the request',
  server: 'The API had a problem',
  network: 'Could not reach the API',
  timeout: 'The API took too long to answer',
  malformed: 'The API sent something unreadable',
  shape: 'The API sent something unexpected',
  refused: 'The API declined the request',
};

/** A short title for this kind of failure, e.g. "Access denied". */
export function errorTitle(error: Pick<ApiError, 'kind'>): string {
  return TITLES[error.kind];
}

/** The title and, when the upstream gave one, its own words: "Access denied: Account is suspended". */
export function describeApiError(error: Pick<ApiError, 'kind' | 'upstreamMessage'>): string {
  const title = errorTitle(error);
  return error.upstreamMessage ? `${title}: ${error.upstreamMessage}` : title;
}
