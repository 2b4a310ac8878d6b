/**
 * The two upstream APIs the dashboard reads. Trackly serves the offers (X-Api-Key),
 * Offerslook the tracking links (HTTP Basic).
 */
export const VENDORS = ['trackly', 'offerslook'] as const;

export type Vendor = (typeof VENDORS)[number];

export function isVendor(value: unknown): value is Vendor {
  return VENDORS.some((vendor) => vendor === value);
}
