import { describe, expect, it } from 'vitest';
import { toBulkOffers } from './bulk-offers.ts';
import { getDemoDataset } from './dataset.ts';
import { OFF_CONTRACT_OFFER_ID } from './ids.ts';

describe('toBulkOffers', () => {
  it('hands over every seeded offer as the list reads it, off-contract ones included', () => {
    const { offers } = getDemoDataset();
    const seeds = toBulkOffers(offers);
    expect(seeds).toHaveLength(offers.length);
    for (const seed of seeds) expect(seed.payout === null || Number.isFinite(seed.payout)).toBe(true);
    // Sent as the text "3.10": the list shows it as a number, and so does the hand-off.
    expect(seeds.find((seed) => seed.id === OFF_CONTRACT_OFFER_ID)?.payout).toBe(3.1);
  });
});
