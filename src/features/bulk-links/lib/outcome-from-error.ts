import { OFFERSLOOK_CODES } from '@/contract';
import { isApiError } from '@/lib/api/api-error';
import { isNotApprovedRefusal } from '@/lib/refusal';
import { describeApiError } from '@/components/ui/api-error-words';
import type { Outcome } from './outcome';

const NOT_APPROVED_REASON = 'Not approved for your account';
const NOT_FOUND_REASON = 'No such offer on the tracking network';
const MAX_REASON = 200;

function clip(text: string): string {
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

/** The outcome of a request that failed, with its reason in the app's own words for that error. */
export function outcomeFromError(error: unknown): Outcome {
  if (!isApiError(error)) return { kind: 'failed', reason: 'Something unexpected went wrong' };
  if (isNotApprovedRefusal(error)) return { kind: 'refused', reason: NOT_APPROVED_REASON };
  if (error.kind === 'not-found' || (error.kind === 'refused' && error.upstreamCode === OFFERSLOOK_CODES.offerNotFound))
    return { kind: 'not-found', reason: NOT_FOUND_REASON };
  const status = error.status === undefined ? '' : ` (HTTP ${String(error.status)})`;
  return { kind: 'failed', reason: clip(`${describeApiError(error)}${status}`) };
}
