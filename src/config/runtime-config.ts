import { parseBaseUrl } from './base-url';
// The contract's own modules, not its index: that would bring valibot's schemas into the entry.
import { CONFIG_FILE_PATH, DEMO_API_PATH } from '@/contract/mount-paths';
import { VENDORS } from '@/contract/vendors';
import type { Vendor } from '@/contract/vendors';
import { isRecord } from '@/lib/is-record';

type BaseUrlSource = 'settings' | 'config-file' | 'build' | 'demo';

export interface BaseUrlChoice {
  url: string;
  source: BaseUrlSource;
  /**
   * Present only when the URL is config.json's and config.json says that server is a
   * gateway holding these vendors' keys (it drops any key the browser sends).
   */
  credentialsOnServer?: readonly Vendor[];
}

export interface BaseUrlCandidates {
  settings?: string | null | undefined;
  configFile?: string | null | undefined;
  /** config.json's credentialsOnServer: describes the configFile URL and nothing else. */
  credentialsOnServer?: readonly Vendor[] | undefined;
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
    if (!parsed.ok) continue;
    const vendors = source === 'config-file' ? candidates.credentialsOnServer : undefined;
    return vendors?.length ? { url: parsed.url, source, credentialsOnServer: vendors } : { url: parsed.url, source };
  }
  return { url: `${candidates.origin}${DEMO_API_PATH}`, source: 'demo' };
}

export interface ConfigFile {
  apiBaseUrl?: string;
  /** The vendors whose keys the server at apiBaseUrl holds; never empty when present. */
  credentialsOnServer?: readonly Vendor[];
}

/** Known vendor names only, each once, in a fixed order; anything else in the list is ignored. */
function readVendors(value: unknown): Vendor[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  return VENDORS.filter((vendor) => list.includes(vendor));
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
    if (!isRecord(body) || typeof body.apiBaseUrl !== 'string') return {};
    // The flag describes apiBaseUrl, so it only counts next to one.
    const vendors = readVendors(body.credentialsOnServer);
    return vendors.length > 0
      ? { apiBaseUrl: body.apiBaseUrl, credentialsOnServer: vendors }
      : { apiBaseUrl: body.apiBaseUrl };
  } catch {
    return {};
  }
}
