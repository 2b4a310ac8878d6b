import { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINKS } from '@/contract';
import type { Offer, TrackingLinks } from '@/contract';

/** The base URL component tests talk to; MSW answers it. */
export const TEST_API = 'http://api.test';

/** Trackly's published "Get offer" example, verbatim. */
export const publishedOffer: Offer = PUBLISHED_OFFER;

/** Offerslook's published tracking-link example, verbatim. */
export const publishedTrackingLinks: TrackingLinks = PUBLISHED_TRACKING_LINKS;

export function envelope(trackingLink: TrackingLinks) {
  return { code: 0, message: 'Success', data: { tracking_link: trackingLink } };
}

export function makeOffer(overrides: Partial<Offer> = {}): Offer {
  return { ...publishedOffer, ...overrides };
}
