export * from './ids';
export * from './types';
export { buildDemoDataset, getDemoDataset, compareOffers, DEFAULT_DATASET_SEED, GENERATED_OFFER_COUNT } from './dataset';
export type { BuildDatasetOptions } from './dataset';
export { REFERENCE_NOW } from './generate-offer';
export { PUBLISHED_OFFER, PUBLISHED_TRACKING_LINK, SECOND_EXAMPLE_OFFER } from './published';
