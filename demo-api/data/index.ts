export * from './ids.ts';
export * from './types.ts';
export {
  buildDemoDataset,
  getDemoDataset,
  compareOffers,
  DEFAULT_DATASET_SEED,
  GENERATED_OFFER_COUNT,
} from './dataset.ts';
export type { BuildDatasetOptions } from './dataset.ts';
export { REFERENCE_NOW } from './generate-offer.ts';
export { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINK, SECOND_EXAMPLE_OFFER } from './published.ts';
