/**
 * The two upstream APIs the dashboard reads, and the words the UI uses for them. The
 * one place that lists them: config, links, errors and Settings all read it from here.
 */
export const VENDORS = ['trackly', 'offerslook'] as const;

/** Trackly serves the offers (X-Api-Key); Offerslook the tracking links (HTTP Basic). */
export type Vendor = (typeof VENDORS)[number];

export function isVendor(value: unknown): value is Vendor {
  return VENDORS.some((vendor) => vendor === value);
}

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
