import { appApiBaseUrl } from './api-mode.ts';
import type { ServerOptions } from './options.ts';

/** The body of /config.json, as src/config/runtime-config.ts reads it. Never holds a secret. */
export interface RuntimeConfig {
  readonly apiBaseUrl?: string;
}

export function buildRuntimeConfig(options: Pick<ServerOptions, 'gateway' | 'apiBaseUrl' | 'demoApi'>): RuntimeConfig {
  const apiBaseUrl = appApiBaseUrl(options);
  return apiBaseUrl === undefined ? {} : { apiBaseUrl };
}
