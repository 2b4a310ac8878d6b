import type { ApiError } from '@/lib/api/api-error';

/**
 * Where the affiliate tracking links stand, as the builder explains it: until they are
 * loaded it works on the offer's own tracking URL, and says why the others are missing.
 */
export type LinksStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded' }
  /** The network declined: the offer is not approved for this affiliate. */
  | { readonly kind: 'refused' }
  /** The request failed (network, server, timeout…): worth trying again. */
  | { readonly kind: 'failed'; readonly error: ApiError | null };

export function linksStatusOf(hasLinks: boolean, pending: boolean, error: ApiError | null): LinksStatus {
  if (hasLinks) return { kind: 'loaded' };
  if (pending) return { kind: 'loading' };
  if (error?.kind === 'refused') return { kind: 'refused' };
  return { kind: 'failed', error };
}
