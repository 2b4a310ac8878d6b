import { isVendor, VENDOR_KEYS, VENDOR_NAMES, VENDORS } from './vendors';

describe('vendors', () => {
  it('knows exactly Trackly and Offerslook, each named and with its keys worded', () => {
    expect(VENDORS).toEqual(['trackly', 'offerslook']);
    expect(VENDORS.map((vendor) => VENDOR_NAMES[vendor])).toEqual(['Trackly', 'Offerslook']);
    expect(VENDORS.map((vendor) => VENDOR_KEYS[vendor])).toEqual(['the Trackly API key', 'the Offerslook email and API key']);
  });

  it.each(['trackly', 'offerslook'])('accepts %s', (value) => {
    expect(isVendor(value)).toBe(true);
  });

  it.each([['Trackly'], ['__proto__'], ['toString'], [''], [null], [undefined], [1], [['trackly']]])('rejects %j', (value) => {
    expect(isVendor(value)).toBe(false);
  });
});
