import { ApiError, kindForStatus, parseRetryAfter } from './api-error';
import { readErrorBody } from './error-body';
import type { Schema } from './validate';
import { validateResponse } from './validate';
import type { Vendor } from '@/contract';

/** How long one request may take before it fails as a timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** Keys a user entered; a field left empty is undefined. */
export interface ApiCredentials {
  tracklyApiKey?: string | undefined;
  offerslookEmail?: string | undefined;
  offerslookApiKey?: string | undefined;
}

export interface ApiClientConfig {
  baseUrl: string;
  credentials?: ApiCredentials;
  /** Undefined: DEFAULT_REQUEST_TIMEOUT_MS. */
  timeoutMs?: number | undefined;
  fetchFn?: typeof fetch;
}

interface RequestOptions {
  vendor: Vendor;
  signal?: AbortSignal | undefined;
  query?: Record<string, string | number | undefined>;
}

export interface ApiClient {
  /** Identifies the API this client talks to, for query keys. Holds no secret. */
  readonly cacheKey: string;
  readonly baseUrl: string;
  /**
   * GETs `path` and checks the JSON body against `schema`: fetch, parse and validation in
   * one call, so no fetcher can skip a half. Every failure is an ApiError naming `vendor`.
   */
  get<T>(path: string, schema: Schema<T>, options: RequestOptions): Promise<T>;
}

function authHeaders(vendor: Vendor, credentials: ApiCredentials): Record<string, string> {
  if (vendor === 'trackly' && credentials.tracklyApiKey) {
    return { 'X-Api-Key': credentials.tracklyApiKey };
  }
  if (vendor === 'offerslook' && credentials.offerslookEmail && credentials.offerslookApiKey) {
    const pair = `${credentials.offerslookEmail}:${credentials.offerslookApiKey}`;
    const bytes = new TextEncoder().encode(pair);
    return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
  }
  return {};
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/** Links the caller's signal (react-query cancelling) with our own timeout. */
function withTimeout(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  if (signal?.aborted) controller.abort(signal.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const credentials = config.credentials ?? {};
  const timeoutMs = config.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const fetchFn = config.fetchFn ?? ((input, init) => fetch(input, init));

  async function fetchJson(path: string, options: RequestOptions): Promise<unknown> {
    const url = buildUrl(config.baseUrl, path, options.query);
    // Every error names the vendor asked, so the UI need not guess it from the path.
    const { vendor } = options;
    const timeout = withTimeout(options.signal, timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetchFn(url, {
          method: 'GET',
          headers: { Accept: 'application/json', ...authHeaders(vendor, credentials) },
          signal: timeout.signal,
          credentials: 'omit',
        });
      } catch (cause) {
        if (timeout.timedOut()) throw new ApiError('timeout', { path, vendor });
        // The caller cancelled (navigation, unmount): let react-query see the abort.
        if (options.signal?.aborted) throw cause;
        throw new ApiError('network', { path, vendor });
      }

      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        if (timeout.timedOut()) throw new ApiError('timeout', { path, vendor, status: response.status });
        if (options.signal?.aborted) throw cause;
        throw new ApiError('network', { path, vendor, status: response.status });
      }

      if (!response.ok) {
        const body = readErrorBody(text);
        const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
        throw new ApiError(kindForStatus(response.status), {
          ...body,
          status: response.status,
          path,
          vendor,
          ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        });
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new ApiError('malformed', { status: response.status, path, vendor });
      }
    } finally {
      timeout.dispose();
    }
  }

  async function get<T>(path: string, schema: Schema<T>, options: RequestOptions): Promise<T> {
    const body = await fetchJson(path, options);
    return validateResponse(schema, body, { path, vendor: options.vendor });
  }

  return { cacheKey: config.baseUrl, baseUrl: config.baseUrl, get };
}
