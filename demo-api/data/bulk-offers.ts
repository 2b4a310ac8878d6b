import { readOffer } from '../../src/contract/index.ts';
import type { Offer } from './types.ts';

/** One offer as the offers list hands it to a bulk run (the shape the app stores in sessionStorage). */
interface BulkOfferSeed {
  readonly id: string;
  readonly name: string | null;
  readonly status: string | null;
  readonly payout: number | null;
  readonly payoutType: string | null;
  readonly platform: string | null;
}

/**
 * The bulk hand-off for these offers, for tests and the benchmark that start a run without
 * the list. Each offer is read as the list reads it (the off-contract offer's payout "3.10"
 * becomes 3.1), so the hand-off is exactly what the app would have written.
 */
export function toBulkOffers(offers: readonly Offer[]): BulkOfferSeed[] {
  return offers.flatMap((offer) => {
    const read = readOffer(offer);
    if (read === null) return [];
    const { value } = read;
    return [
      {
        id: value.id,
        name: value.name ?? null,
        status: value.status ?? null,
        payout: value.payout ?? null,
        payoutType: value.payout_type ?? null,
        platform: value.external_platform ?? null,
      },
    ];
  });
}
