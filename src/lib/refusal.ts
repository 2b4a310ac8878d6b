import { OFFERSLOOK_CODES } from '@/contract';
import type { ApiError } from '@/lib/api/api-error';

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
  if (error.upstreamCode === OFFERSLOOK_CODES.notApproved) return true;
  return NOT_APPROVED_MESSAGE.test(error.upstreamMessage ?? '');
}
