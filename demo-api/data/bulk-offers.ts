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

/** The bulk hand-off for these offers, for tests and the benchmark that start a run without the list. */
export function toBulkOffers(offers: readonly Offer[]): BulkOfferSeed[] {
  return offers.map((offer) => ({
    id: offer.id,
    name: offer.name,
    status: offer.status,
    payout: offer.payout,
    payoutType: offer.payout_type,
    platform: offer.external_platform,
  }));
}
