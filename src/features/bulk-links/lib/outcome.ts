import * as v from 'valibot';
import { landingPageSchema } from '@/contract';

/**
 * An offer's links as the run keeps them: read field by field, so a link the API did not
 * give is missing (the row says so) rather than failing the offer.
 */
const bulkLinksSchema = v.object({
  url: v.optional(v.string()),
  impression_pixel: v.optional(v.string()),
  offer_url: v.array(landingPageSchema),
});
export type TrackingLinks = v.InferOutput<typeof bulkLinksSchema>;

/** Where one offer of the run stands. */
export type Outcome =
  | { readonly kind: 'pending' }
  | { readonly kind: 'done'; readonly links: TrackingLinks }
  | { readonly kind: 'cached'; readonly links: TrackingLinks }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'not-found'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

export type OutcomeKind = Outcome['kind'];

export const PENDING: Outcome = { kind: 'pending' };

/** Stored outcomes are read back as untrusted as any upstream answer. */
export const outcomeSchema: v.GenericSchema<unknown, Outcome> = v.union([
  v.object({ kind: v.literal('pending') }),
  v.object({ kind: v.literal('done'), links: bulkLinksSchema }),
  v.object({ kind: v.literal('cached'), links: bulkLinksSchema }),
  v.object({ kind: v.picklist(['refused', 'not-found', 'failed']), reason: v.pipe(v.string(), v.maxLength(500)) }),
]);

export function hasLinks(outcome: Outcome): outcome is Extract<Outcome, { links: TrackingLinks }> {
  return outcome.kind === 'done' || outcome.kind === 'cached';
}

/** The words a row and an export show for an outcome. */
export const OUTCOME_LABELS: Readonly<Record<OutcomeKind, string>> = {
  pending: 'Waiting',
  done: 'Done',
  cached: 'Done (from cache)',
  refused: 'Not approved',
  'not-found': 'Not found',
  failed: 'Failed',
};

export function outcomeReason(outcome: Outcome): string {
  return 'reason' in outcome ? outcome.reason : '';
}
