import type { Vendor } from '@/contract';

/** The vendor's name as the UI shows it. */
export const VENDOR_NAMES: Record<Vendor, string> = {
  trackly: 'Trackly',
  offerslook: 'Offerslook',
};

/** The credentials a user enters for the vendor, as a sentence names them ("Check … in Settings."). */
export const VENDOR_KEYS: Record<Vendor, string> = {
  trackly: 'the Trackly API key',
  offerslook: 'the Offerslook email and API key',
};
