import * as v from 'valibot';
import { ApiError } from './api-error';
import { validateResponse } from './validate';

describe('validateResponse', () => {
  it('says what each wrong field should have been (e.g. "payout: expected number")', () => {
    const schema = v.object({ payout: v.number(), name: v.string() });
    let caught: unknown;
    try {
      validateResponse(schema, { payout: '2.50' }, { path: '/v2/offers/x', vendor: 'trackly' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    const issues = (caught as ApiError).issues;
    expect(issues).toEqual([
      expect.stringMatching(/^payout: .*expected number/),
      expect.stringMatching(/^name: .*expected string/),
    ]);
  });
});
