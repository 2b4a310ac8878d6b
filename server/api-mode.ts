import { DEMO_API_PATH } from '../src/contract/mount-paths.ts';
import type { ServerOptions } from './options.ts';

export const GATEWAY_PATH = '/api';

/**
 * Which API the app uses by default: the gateway (credentials held here), an external
 * API_BASE_URL, the embedded demo API, or none (the user picks one in Settings).
 */
export type ApiMode = 'gateway' | 'external' | 'demo' | 'none';

type ModeInput = Pick<ServerOptions, 'gateway' | 'apiBaseUrl' | 'demoApi'>;

export function apiMode(options: ModeInput): ApiMode {
  if (options.gateway.trackly !== undefined || options.gateway.offerslook !== undefined) return 'gateway';
  if (options.apiBaseUrl !== undefined) return 'external';
  return options.demoApi === null ? 'none' : 'demo';
}

/** The base URL /config.json hands to the app, or undefined (the app then picks the demo API). */
export function appApiBaseUrl(options: ModeInput): string | undefined {
  switch (apiMode(options)) {
    case 'gateway':
      return GATEWAY_PATH;
    case 'external':
      return options.apiBaseUrl;
    case 'demo':
      return DEMO_API_PATH;
    default:
      return undefined;
  }
}

/** Words for the start-up line, e.g. `gateway at /api for Trackly, Offerslook; demo API at /demo-api`. */
export function describeApiMode(options: ModeInput): string {
  const demo = options.demoApi === null ? 'demo API off' : `demo API at ${DEMO_API_PATH}`;
  switch (apiMode(options)) {
    case 'gateway': {
      const families = [
        options.gateway.trackly === undefined ? undefined : 'Trackly',
        options.gateway.offerslook === undefined ? undefined : 'Offerslook',
      ].filter((family) => family !== undefined);
      return `gateway at ${GATEWAY_PATH} for ${families.join(', ')}; ${demo}`;
    }
    case 'external':
      return `external API ${options.apiBaseUrl ?? ''}; ${demo}`;
    case 'demo':
      return `demo API at ${DEMO_API_PATH}`;
    default:
      return 'no default API (demo API off; choose one in Settings)';
  }
}
