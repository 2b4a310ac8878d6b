/** The tracking-links feature's API, as other code may use it. */
export { getTrackingLinks, trackingLinksQueryOptions, useTrackingLinks } from './get-tracking-links';
export { trackingLinkKeys } from './keys';
