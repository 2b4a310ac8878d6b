import { settingsVendor } from '@/config/paths';
import type { Vendor } from '@/contract';

interface ReasonText {
  /** The form shows the key fields: the user can fix them here. */
  own: string;
  /** The API in use is a gateway that holds the keys: only its operator can. */
  gateway: string;
}

function both(text: string): ReasonText {
  return { own: text, gateway: text };
}

/** Why the user was sent here (?reason=), for the vendor whose API refused (?vendor=). */
const REASONS: Record<string, Record<Vendor, ReasonText>> = {
  unauthorized: {
    trackly: {
      own: 'The API did not accept the credentials for Trackly. Enter a valid Trackly API key below, or check the API base URL.',
      gateway:
        'The API did not accept the credentials this server holds for Trackly. Ask the operator of this dashboard to check its Trackly API key, or enter a different API below to use your own keys.',
    },
    offerslook: {
      own: 'The Offerslook API did not accept the email and API key. Enter a valid Offerslook email and Offerslook API key below, or check the API base URL.',
      gateway:
        'The Offerslook API did not accept the email and API key this server holds. Ask the operator of this dashboard to check them, or enter a different API below to use your own keys.',
    },
  },
  forbidden: {
    // Access is the account's, whoever holds the keys.
    trackly: both(
      'The Trackly API refused access (for example, the account is suspended or the product is not enabled).',
    ),
    offerslook: both('The Offerslook API refused access (for example, the affiliate account is suspended).'),
  },
};

export interface SettingsReason {
  /** What to tell the user, for keys they hold or the gateway's. */
  readonly text: string;
  readonly key: string;
  readonly vendor: Vendor;
}

/** Why the user was sent here, if the page's search params say so and we know the reason. */
export function settingsReason(params: URLSearchParams, keysOnServer: boolean): SettingsReason | null {
  const key = params.get('reason') ?? '';
  const vendor = settingsVendor(params);
  // Own keys only: ?reason=__proto__ must not find Object's.
  const texts = Object.hasOwn(REASONS, key) ? REASONS[key]?.[vendor] : undefined;
  if (!texts) return null;
  return { text: keysOnServer ? texts.gateway : texts.own, key, vendor };
}
