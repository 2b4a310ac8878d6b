import * as v from 'valibot';
import { storedValue } from './stored-value';

/**
 * What a bulk run needs of each offer, taken from the list when the run starts: the run
 * then asks only for the offers' tracking links. Fields the API did not give are null.
 */
export const bulkOfferSchema = v.object({
  id: v.string(),
  name: v.nullable(v.string()),
  status: v.nullable(v.string()),
  payout: v.nullable(v.number()),
  payoutType: v.nullable(v.string()),
  /** The offer's external platform (tune, everflow…): it names the sub-id parameters. */
  platform: v.nullable(v.string()),
});
export type BulkOffer = v.InferOutput<typeof bulkOfferSchema>;

const bulkRunInputSchema = v.object({
  /** The API the offers were listed from (the client's cache key). */
  api: v.string(),
  createdAt: v.string(),
  offers: v.array(bulkOfferSchema),
});
export type BulkRunInput = v.InferOutput<typeof bulkRunInputSchema>;

/**
 * The offers a bulk run is for. Kept in this tab's sessionStorage, not the URL: a
 * thousand ids are more than a URL may carry, and a reload must not lose the run.
 */
export const bulkRunInput = storedValue<BulkRunInput | null>({
  key: 'offers-dashboard.bulk-run',
  kind: 'session',
  schema: v.nullable(bulkRunInputSchema),
  version: 1,
  fallback: null,
});
