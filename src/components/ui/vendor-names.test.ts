import { VENDORS } from '@/contract';
import { VENDOR_KEYS, VENDOR_NAMES } from './vendor-names';

describe('vendor names', () => {
  it('names Trackly and Offerslook, each with its keys worded', () => {
    expect(VENDORS.map((vendor) => VENDOR_NAMES[vendor])).toEqual(['Trackly', 'Offerslook']);
    expect(VENDORS.map((vendor) => VENDOR_KEYS[vendor])).toEqual([
      'the Trackly API key',
      'the Offerslook email and API key',
    ]);
  });
});
