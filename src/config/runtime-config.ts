import { parseBaseUrl } from './base-url';
import { isRecord } from '@/lib/is-record';

/** Where the embedded demo API lives next to the app (dev server and `npm run serve`). */
export const DEMO_API_PATH = '/demo-api';
export const CONFIG_FILE_PATH = '/config.json';

export type BaseUrlSource = 'settings' | 'config-file' | 'build' | 'demo';

export interface BaseUrlChoice {
  url: string;
  source: BaseUrlSource;
}

export interface BaseUrlCandidates {
  settings?: string | null | undefined;
  configFile?: string | null | undefined;
  build?: string | null | undefined;
  origin: string;
}

/** Highest first: Settings page, /config.json, VITE_API_BASE_URL, the demo API. */
export function resolveBaseUrl(candidates: BaseUrlCandidates): BaseUrlChoice {
  const ordered: Array<[BaseUrlSource, string | null | undefined]> = [
    ['settings', candidates.settings],
    ['config-file', candidates.configFile],
    ['build', candidates.build],
  ];
  for (const [source, value] of ordered) {
    if (!value) continue;
    const parsed = parseBaseUrl(value, candidates.origin);
    if (parsed.ok) return { url: parsed.url, source };
  }
  return { url: `${candidates.origin}${DEMO_API_PATH}`, source: 'demo' };
}

export interface ConfigFile {
  apiBaseUrl?: string;
}

/**
 * Reads the deploy-time `/config.json`. It is optional: a missing or unreadable file
 * means "no deploy-time setting", never a broken app.
 */
export async function loadConfigFile(fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<ConfigFile> {
  try {
    const response = await fetchFn(CONFIG_FILE_PATH, { credentials: 'same-origin' });
    if (!response.ok) return {};
    const body: unknown = await response.json();
    if (!isRecord(body)) return {};
    return typeof body.apiBaseUrl === 'string' ? { apiBaseUrl: body.apiBaseUrl } : {};
  } catch {
    return {};
  }
}
