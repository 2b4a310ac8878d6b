import { Hono } from 'hono';
import { logSafe, type Logger } from '../logger.ts';
import type { GatewayOptions } from '../options.ts';
import { fetchUpstream, type UpstreamResult } from './fetch-upstream.ts';
import { matchGatewayPath } from './gateway-path.ts';
import { gatewayResponse, methodNotAllowed, notConfigured, notFound } from './gateway-responses.ts';
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
 * forwarded to its vendor with the server-held credentials. Other paths → 404, other
 * methods (HEAD included) → 405, a vendor without configuration → 503, all as JSON. One log line per
 * request: method, path (+ forwarded query), status, duration; never a credential.
 */
export function gatewayRoutes(mountPath: string, gateway: GatewayOptions, log: Logger): Hono {
  const app = new Hono();
  app.all('*', async (c) => {
    const started = performance.now();
    const url = new URL(c.req.url);
    const rawPath = url.pathname.slice(mountPath.length);
    const target = matchGatewayPath(rawPath, url.search);
    let note: string | undefined;

    const respond = async (): Promise<Response> => {
      if (target === null) return notFound();
      // Hono routes HEAD like GET; answered like GET it would fetch the whole upstream
      // body, credentials attached, for nothing. GET only, as documented.
      if (c.req.method !== 'GET') return methodNotAllowed();
      const upstream = buildUpstreamRequest(target, gateway);
      if (upstream === null) return notConfigured(VENDOR_NAMES[target.family]);
      const result = await fetchUpstream(upstream.url, upstream.headers, {
        timeoutMs: gateway.timeoutMs,
        clientSignal: c.req.raw.signal,
      });
      note = NOTES[result.kind];
      return gatewayResponse(result);
    };

    const response = await respond();
    const shownPath = logSafe(`${mountPath}${rawPath}${target?.query ?? ''}`);
    const duration = Math.round(performance.now() - started);
    log(`gateway ${c.req.method} ${shownPath} ${response.status} ${duration}ms${note === undefined ? '' : ` (${note})`}`);
    return response;
  });
  return app;
}
