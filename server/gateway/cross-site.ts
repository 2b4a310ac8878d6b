/**
 * Whether a request comes from another site's page: `Sec-Fetch-Site` says so, or an
 * `Origin` names a host other than the one the request was sent to (scheme aside: TLS
 * may end at a proxy in front). Such a request would spend the account's quota with the
 * operator's keys, so the gateway refuses it. Requests without either header (curl,
 * health checks, older browsers' same-origin GETs) pass.
 */
export function isCrossSiteRequest(headers: Headers, ownHost: string): boolean {
  const site = headers.get('Sec-Fetch-Site')?.trim().toLowerCase();
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.get('Origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== ownHost.toLowerCase();
  } catch {
    // `Origin: null` (sandboxed frames, data: pages) and anything unparsable.
    return true;
  }
}
