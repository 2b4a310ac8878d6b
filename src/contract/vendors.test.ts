import { isVendor, VENDORS } from './vendors.ts';

describe('vendors', () => {
  it('knows exactly Trackly and Offerslook', () => {
    expect(VENDORS).toEqual(['trackly', 'offerslook']);
  });

  it.each(['trackly', 'offerslook'])('accepts %s', (value) => {
    expect(isVendor(value)).toBe(true);
  });

  it.each([['Trackly'], ['__proto__'], ['toString'], [''], [null], [undefined], [1], [['trackly']]])(
    'rejects %j',
    (value) => {
      expect(isVendor(value)).toBe(false);
    },
  );
});
