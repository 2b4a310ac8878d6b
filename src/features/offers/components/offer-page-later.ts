/**
 * What the offer page does soon after it shows but never needs for its first paint:
 * one chunk for both, fetched as the page's code runs.
 */
export { ListNeighbours } from './list-neighbours';
export { recentOffers } from '../lib/recent-offers';
export { PagerKeys } from './pager-keys';
