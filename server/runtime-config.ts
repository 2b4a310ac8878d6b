import { apiMode, appApiBaseUrl } from './api-mode.ts';
import type { ServerOptions } from './options.ts';

/** A vendor whose API keys the gateway holds. */
type CredentialVendor = 'trackly' | 'offerslook';

/** The body of /config.json, as src/config/runtime-config.ts reads it. Never holds a secret. */
export interface RuntimeConfig {
  readonly apiBaseUrl?: string;
  /**
   * Set only when apiBaseUrl is this server's gateway: the vendors whose keys the server
   * holds and adds itself (it drops any credential the browser sends). The names only.
   */
  readonly credentialsOnServer?: readonly CredentialVendor[];
}

type ConfigInput = Pick<ServerOptions, 'gateway' | 'apiBaseUrl' | 'demoApi'>;

function gatewayVendors(gateway: ConfigInput['gateway']): CredentialVendor[] {
  const vendors: CredentialVendor[] = [];
  if (gateway.trackly !== undefined) vendors.push('trackly');
  if (gateway.offerslook !== undefined) vendors.push('offerslook');
  return vendors;
}

export function buildRuntimeConfig(options: ConfigInput): RuntimeConfig {
  const apiBaseUrl = appApiBaseUrl(options);
  if (apiBaseUrl === undefined) return {};
  if (apiMode(options) !== 'gateway') return { apiBaseUrl };
  return { apiBaseUrl, credentialsOnServer: gatewayVendors(options.gateway) };
}
