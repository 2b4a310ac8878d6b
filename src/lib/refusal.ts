import type { ApiError } from '@/lib/api/api-error';

/**
 * The envelope code for "offer not approved for this affiliate". Offerslook's published
 * page gives no code for it; 1403 is the one our demo API (and a gateway built to the
 * same contract) documents.
 */
export const NOT_APPROVED_CODE = 1403;

// Only the plain wording of that refusal: "not approved", "not yet approved",
// "not been approved". Anything else keeps the generic wording, since approval advice
// for, say, an unknown offer would send the marketer the wrong way.
const NOT_APPROVED_MESSAGE = /\bnot\s+(?:yet\s+)?(?:been\s+)?approved\b/i;

/**
 * Whether Offerslook refused the tracking link because the offer is not approved for
 * this affiliate: the documented code, or failing that a message that says so.
 */
export function isNotApprovedRefusal(error: ApiError): boolean {
  if (error.kind !== 'refused') return false;
  if (error.upstreamCode === NOT_APPROVED_CODE) return true;
  return NOT_APPROVED_MESSAGE.test(error.upstreamMessage ?? '');
}
