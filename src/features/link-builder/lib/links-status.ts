import type { ApiError } from '@/lib/api/api-error';
import { isNotApprovedRefusal } from '@/lib/refusal';

/**
 * Where the affiliate tracking links stand, as the builder explains it: until they are
 * loaded it works on the offer's own tracking URL, and says why the others are missing.
 */
export type LinksStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded' }
  /** The network declined: the offer is not approved for this affiliate. */
  | { readonly kind: 'refused' }
  /** The network declined for another reason (no such offer…), which the panel quotes. */
  | { readonly kind: 'declined'; readonly error: ApiError }
  /** The request failed (network, server, timeout…): worth trying again. */
  | { readonly kind: 'failed'; readonly error: ApiError | null };

export function linksStatusOf(hasLinks: boolean, pending: boolean, error: ApiError | null): LinksStatus {
  if (hasLinks) return { kind: 'loaded' };
  if (pending) return { kind: 'loading' };
  if (error?.kind === 'refused') return isNotApprovedRefusal(error) ? { kind: 'refused' } : { kind: 'declined', error };
  return { kind: 'failed', error };
}
