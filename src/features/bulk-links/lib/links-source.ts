import type { ReadTrackingLinks as TrackingLinks } from '@/contract';

/**
 * What the run needs of the tracking-links API and its cache, given by the page that
 * composes it: this feature does not reach into another one.
 */
export interface LinksSource {
  readonly fetchLinks: (offerId: string, signal: AbortSignal | undefined) => Promise<TrackingLinks>;
  /** Links already in the query cache: those offers are not asked again. */
  readonly cachedLinks: (offerId: string) => TrackingLinks | undefined;
  /** What the run fetched, for the offer pages to open at once. */
  readonly warmCache: (offerId: string, links: TrackingLinks) => void;
}
