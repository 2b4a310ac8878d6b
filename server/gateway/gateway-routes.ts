import { Hono } from 'hono';
import { logSafe, type Logger } from '../logger.ts';
import { DEFAULT_GATEWAY_MAX_BODY_BYTES, DEFAULT_GATEWAY_MAX_CONCURRENCY, type GatewayOptions } from '../options.ts';
import { isCrossSiteRequest } from './cross-site.ts';
import { fetchUpstream, type UpstreamResult } from './fetch-upstream.ts';
import { INVALID_ID, matchGatewayPath } from './gateway-path.ts';
import {
  crossSite,
  gatewayResponse,
  invalidId,
  methodNotAllowed,
  notConfigured,
  notFound,
  tooBusy,
} from './gateway-responses.ts';
import { buildUpstreamRequest } from './upstream-request.ts';

const VENDOR_NAMES = { trackly: 'Trackly', offerslook: 'Offerslook' } as const;

const NOTES: Partial<Record<UpstreamResult['kind'], string>> = {
  timeout: 'upstream timed out',
  unreachable: 'upstream unreachable',
  redirect: 'upstream redirected',
  'too-large': 'upstream body too large',
  'client-closed': 'client closed',
};

/**
 * The gateway, to mount at `mountPath` (/api): exactly three GET endpoints, each
 * forwarded to its vendor with the server-held credentials. Other paths → 404, an id that
 * could name another path → 400, other methods (HEAD included) → 405, a cross-site request
 * → 403, a vendor without configuration → 503, too many upstream requests in flight → 503
 * with Retry-After; all as JSON and none of them calls the vendor. One log line per
 * request: method, path (+ forwarded query), status, duration; never a credential.
 */
export function gatewayRoutes(mountPath: string, gateway: GatewayOptions, log: Logger): Hono {
  const app = new Hono();
  const maxConcurrency = gateway.maxConcurrency ?? DEFAULT_GATEWAY_MAX_CONCURRENCY;
  let inFlight = 0;
  app.all('*', async (c) => {
    const started = performance.now();
    const url = new URL(c.req.url);
    const rawPath = url.pathname.slice(mountPath.length);
    const match = matchGatewayPath(rawPath, url.search);
    const target = match === INVALID_ID ? null : match;
    let note: string | undefined;

    const respond = async (): Promise<Response> => {
      if (match === null) return notFound();
      // Hono routes HEAD like GET; answered like GET it would fetch the whole upstream
      // body, credentials attached, for nothing. GET only, as documented.
      if (c.req.method !== 'GET') return methodNotAllowed();
      if (match === INVALID_ID) return invalidId();
      if (isCrossSiteRequest(c.req.raw.headers, c.req.header('Host') ?? url.host)) return crossSite();
      const upstream = buildUpstreamRequest(match, gateway);
      if (upstream === null) return notConfigured(VENDOR_NAMES[match.family]);
      if (inFlight >= maxConcurrency) return tooBusy();
      inFlight += 1;
      try {
        const result = await fetchUpstream(upstream.url, upstream.headers, {
          timeoutMs: gateway.timeoutMs,
          clientSignal: c.req.raw.signal,
          maxBodyBytes: gateway.maxBodyBytes ?? DEFAULT_GATEWAY_MAX_BODY_BYTES,
        });
        note = NOTES[result.kind];
        return gatewayResponse(result);
      } finally {
        inFlight -= 1;
      }
    };

    const response = await respond();
    const shownPath = logSafe(`${mountPath}${rawPath}${target?.query ?? ''}`);
    const duration = Math.round(performance.now() - started);
    log(
      `gateway ${c.req.method} ${shownPath} ${response.status} ${duration}ms${note === undefined ? '' : ` (${note})`}`,
    );
    return response;
  });
  return app;
}
