// The contract's own modules, not its index: that would bring valibot's schemas into the entry.
import { isVendor } from '@/contract/vendors';
import type { Vendor } from '@/contract/vendors';

/**
 * A `?vendor=` on the Settings link may name any vendor; any other value is ignored.
 * Trackly, the offers API, is the default and is left out of the link, so its links
 * stay `/settings?reason=…` as they always were.
 */
const DEFAULT_SETTINGS_VENDOR: Vendor = 'trackly';

/** The one registry of the app's routes and the links to them. */
export const paths = {
  home: '/',
  offers: '/offers',
  offer: (id: string) => `/offers/${encodeURIComponent(id)}`,
  offerPattern: '/offers/:offerId',
  settings: '/settings',
  /** Tracking links for many offers at once; the offers themselves travel in sessionStorage. */
  bulk: '/bulk',
  /** The links copied on offer pages, kept in this browser. */
  links: '/links',
  /** Settings, told why the user was sent there and which vendor's API refused. */
  settingsFor: (reason: string, vendor: Vendor = DEFAULT_SETTINGS_VENDOR) => {
    const params = new URLSearchParams({ reason });
    if (vendor !== DEFAULT_SETTINGS_VENDOR) params.set('vendor', vendor);
    return `/settings?${params.toString()}`;
  },
} as const;

/** The vendor a Settings link names (see paths.settingsFor); Trackly when it names none or an unknown one. */
export function settingsVendor(params: URLSearchParams): Vendor {
  const value = params.get('vendor');
  return isVendor(value) ? value : DEFAULT_SETTINGS_VENDOR;
}
