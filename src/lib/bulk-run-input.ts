import { z } from 'zod/mini';
import { storedValue } from './stored-value';

/**
 * What a bulk run needs of each offer, taken from the list when the run starts: the run
 * then asks only for the offers' tracking links. Fields the API did not give are null.
 */
export const bulkOfferSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  status: z.nullable(z.string()),
  payout: z.nullable(z.number()),
  payoutType: z.nullable(z.string()),
  /** The offer's external platform (tune, everflow…): it names the sub-id parameters. */
  platform: z.nullable(z.string()),
});
export type BulkOffer = z.infer<typeof bulkOfferSchema>;

const bulkRunInputSchema = z.object({
  /** The API the offers were listed from (the client's cache key). */
  api: z.string(),
  createdAt: z.string(),
  offers: z.array(bulkOfferSchema),
});
export type BulkRunInput = z.infer<typeof bulkRunInputSchema>;

/**
 * The offers a bulk run is for. Kept in this tab's sessionStorage, not the URL: a
 * thousand ids are more than a URL may carry, and a reload must not lose the run.
 */
export const bulkRunInput = storedValue<BulkRunInput | null>({
  key: 'offers-dashboard.bulk-run',
  kind: 'session',
  schema: z.nullable(bulkRunInputSchema),
  version: 1,
  fallback: null,
});
