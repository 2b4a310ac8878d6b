import { getDemoDataset } from '../../demo-api/data/index.ts';

/**
 * Offer ids the e2e suite's demo API is told to fail (DEMO_API_FORCE), one per failure
 * kind the UI must show. They are not in the seeded data, except `slow`, which must
 * answer normally in the end.
 */
export const FAULT_IDS = {
  unauthorized: 'e2e-fault-401',
  suspended: 'e2e-fault-suspended',
  serverError: 'e2e-fault-500',
  malformed: 'e2e-fault-malformed',
  shape: 'e2e-fault-shape',
  htmlError: 'e2e-fault-html',
} as const;

/** A seeded offer whose answers are delayed (the `slow` mode) before arriving intact. */
export const SLOW_OFFER = (() => {
  const offer = getDemoDataset().offers[7];
  if (!offer) throw new Error('The demo dataset is smaller than expected');
  return offer;
})();

/** A seeded offer whose tracking links fail with a server error while the offer itself loads. */
export const LINKS_FAILING_OFFER = (() => {
  const offer = getDemoDataset().offers[9];
  if (!offer) throw new Error('The demo dataset is smaller than expected');
  return offer;
})();

export const E2E_FORCED_FAULTS = [
  `${FAULT_IDS.unauthorized}=401`,
  `${FAULT_IDS.suspended}=suspended`,
  `${FAULT_IDS.serverError}=500`,
  `${FAULT_IDS.malformed}=malformed`,
  `${FAULT_IDS.shape}=shape`,
  `${FAULT_IDS.htmlError}=html`,
  `${SLOW_OFFER.id}=slow`,
  `${LINKS_FAILING_OFFER.id}/links=500`,
].join(',');
