export type BaseUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks a base URL the user or a deploy gave us: absolute http(s), no credentials in
 * it (they would leak into logs and history), no query or fragment. A relative path
 * such as `/api` is resolved against `origin` when one is given.
 */
export function parseBaseUrl(input: string, origin?: string): BaseUrlResult {
  const value = input.trim();
  if (!value) return { ok: false, reason: 'Enter the API base URL.' };
  let url: URL;
  try {
    url = origin && value.startsWith('/') && !value.startsWith('//') ? new URL(value, origin) : new URL(value);
  } catch {
    return { ok: false, reason: 'Enter an absolute URL that starts with http:// or https://.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'The API base URL must start with http:// or https://.' };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'Do not put credentials in the URL; use the API key fields instead.' };
  }
  if (url.search || url.hash) {
    return { ok: false, reason: 'The base URL cannot have a query (?…) or a fragment (#…).' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** Whether two base URLs name the same API once normalised (`https://A.example/api/` is `https://a.example/api`). */
export function sameBaseUrl(a: string, b: string): boolean {
  const left = parseBaseUrl(a);
  const right = parseBaseUrl(b);
  return left.ok && right.ok && left.url === right.url;
}
