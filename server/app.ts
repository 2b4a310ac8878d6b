import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createDemoApi } from '../demo-api/app.ts';
import { DEMO_API_PATH, GATEWAY_PATH } from './api-mode.ts';
import { buildContentSecurityPolicy, connectSrcOrigins, CSP_REPORT_PATH } from './content-security-policy.ts';
import { cspReportRoutes } from './csp-report/csp-report-routes.ts';
import { gatewayRoutes } from './gateway/gateway-routes.ts';
import { gatewayError } from './gateway/gateway-responses.ts';
import { logSafe, stdoutLogger } from './logger.ts';
import type { ServerOptions } from './options.ts';
import { gatewaySecrets, redactingLogger } from './redacting-logger.ts';
import { buildRuntimeConfig } from './runtime-config.ts';
import { securityHeaders } from './security-headers.ts';
import { NO_STORE } from './static/cache-policy.ts';
import { createTextBody } from './static/encoded-body.ts';
import { sendBody } from './static/send-body.ts';
import { createFileStore } from './static/file-store.ts';
import { precompressBuild, type PrecompressSummary } from './static/precompress.ts';
import { staticHandler } from './static/static-handler.ts';

export const CONFIG_PATH = '/config.json';

function plainText(status: 404 | 405 | 500, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE, ...headers },
  });
}

export interface DashboardServer {
  /** The server as a Hono app (see createServer). */
  readonly app: Hono;
  /**
   * Compresses the built app's text files and /config.json into the caches the app serves
   * from. Call it once the server listens, without awaiting it: until it is done, files
   * are compressed on first request as before.
   */
  precompress(): Promise<PrecompressSummary>;
}

/**
 * The production server as a Hono app (no listening, no work at construction; files are
 * read and compressed on first use, or ahead of it by `precompress`): security headers on
 * every response, /csp-report, the generated /config.json, the gateway at /api, the demo
 * API at /demo-api, and the built app from options.distDir with the SPA fallback.
 */
export function createDashboardServer(options: ServerOptions): DashboardServer {
  const log = redactingLogger(options.log ?? stdoutLogger, gatewaySecrets(options.gateway));
  const csp = buildContentSecurityPolicy(connectSrcOrigins(options));
  const configBody = createTextBody(`${JSON.stringify(buildRuntimeConfig(options))}\n`, 'application/json; charset=utf-8');
  const app = new Hono();

  app.use('*', securityHeaders(csp, [GATEWAY_PATH, DEMO_API_PATH]));
  app.route(CSP_REPORT_PATH, cspReportRoutes(log, { readable: options.cspReportsReadable }));
  app.get(CONFIG_PATH, (c) => sendBody(c.req.raw.headers, configBody, NO_STORE));
  // API answers are JSON built per request: compress them on the fly (static files come
  // precompressed from the file store).
  app.use(`${GATEWAY_PATH}/*`, compress());
  app.use(`${DEMO_API_PATH}/*`, compress());
  app.route(GATEWAY_PATH, gatewayRoutes(GATEWAY_PATH, options.gateway, log));
  if (options.demoApi !== null) app.route(DEMO_API_PATH, createDemoApi(options.demoApi));
  // Paths the demo API does not know (or all of them, when it is off) end here, not in the SPA.
  const demoApiNotFound = (): Response =>
    gatewayError(404, options.demoApi === null ? 'The demo API is off on this server' : 'Not found', 'not_found');
  app.all(DEMO_API_PATH, demoApiNotFound);
  app.all(`${DEMO_API_PATH}/*`, demoApiNotFound);
  const files = createFileStore(options.distDir);
  app.get('*', staticHandler(options.distDir, files));
  app.all('*', () => plainText(405, 'Method not allowed', { Allow: 'GET, HEAD' }));

  app.notFound(() => plainText(404, 'Not found'));
  app.onError((error) => {
    log(`error ${logSafe(error.name)}: ${logSafe(error.message)}`);
    return plainText(500, 'Internal server error');
  });
  return { app, precompress: () => precompressBuild(options.distDir, files, [configBody]) };
}

/** The production server as a Hono app; see createDashboardServer. */
export function createServer(options: ServerOptions): Hono {
  return createDashboardServer(options).app;
}
