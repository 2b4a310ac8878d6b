/**
 * Layered keys: `['tracking-links', api]` covers every offer's links from one API. `api`
 * is the client's cache key so switching base URL never mixes data.
 */
export const trackingLinkKeys = {
  all: (api: string) => ['tracking-links', api] as const,
  detail: (api: string, offerId: string) => [...trackingLinkKeys.all(api), offerId] as const,
};
