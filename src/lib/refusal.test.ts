import { ApiError } from '@/lib/api/api-error';
import { isNotApprovedRefusal } from './refusal';

const refused = (upstreamCode: number, upstreamMessage: string) =>
  new ApiError('refused', { vendor: 'offerslook', upstreamCode, upstreamMessage });

describe('isNotApprovedRefusal', () => {
  it('recognises the documented not-approved code, whatever its message says', () => {
    expect(
      isNotApprovedRefusal(refused(1403, "The offer is not approved for you. Apply in the offer's page first.")),
    ).toBe(true);
    expect(isNotApprovedRefusal(refused(1403, 'Offre non approuvée'))).toBe(true);
    expect(isNotApprovedRefusal(refused(1403, ''))).toBe(true);
  });

  it('recognises other codes only when the message plainly says "not approved"', () => {
    expect(isNotApprovedRefusal(refused(1, 'Offer not approved'))).toBe(true);
    expect(isNotApprovedRefusal(refused(7, 'This offer has NOT yet been approved for affiliate 5547'))).toBe(true);
    expect(isNotApprovedRefusal(refused(7, 'Offer has not been approved'))).toBe(true);
  });

  it('does not read other refusals as "not approved"', () => {
    expect(isNotApprovedRefusal(refused(1404, 'Offer does not exist'))).toBe(false);
    expect(isNotApprovedRefusal(refused(1410, 'Your affiliate account is suspended'))).toBe(false);
    expect(isNotApprovedRefusal(refused(9, 'Offer approved, but paused by the advertiser'))).toBe(false);
    expect(isNotApprovedRefusal(refused(9, 'Unapproved traffic source'))).toBe(false);
  });

  it('only applies to refusals, not to HTTP failures that happen to carry code 1403', () => {
    expect(
      isNotApprovedRefusal(
        new ApiError('forbidden', { vendor: 'offerslook', upstreamCode: 1403, upstreamMessage: 'not approved' }),
      ),
    ).toBe(false);
  });
});
