export * from './ids.ts';
export * from './types.ts';
export { toBulkOffers } from './bulk-offers.ts';
export { getDemoDataset } from './dataset.ts';
export { PUBLISHED_TRACKING_LINK } from './published.ts';
