import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { createDemoApi } from '../demo-api/app.ts';
import { allowedHostsGuard } from './allowed-hosts.ts';
import { GATEWAY_PATH } from './api-mode.ts';
import { connectSrcOrigins, contentSecurityPolicy, CSP_REPORT_PATH } from './content-security-policy.ts';
import { cspReportRoutes } from './csp-report/csp-report-routes.ts';
import { gatewayRoutes } from './gateway/gateway-routes.ts';
import { gatewayError } from './gateway/gateway-responses.ts';
import { healthRoutes } from './health-routes.ts';
import { logSafe, stdoutLogger } from './logger.ts';
import type { ServerOptions } from './options.ts';
import { gatewaySecrets, redactingLogger } from './redacting-logger.ts';
import { accessLog, formattedLogger, REQUEST_ID_HEADER } from './request-log.ts';
import { CONFIG_FILE_PATH, DEMO_API_PATH } from '../src/contract/mount-paths.ts';
import { buildRuntimeConfig } from './runtime-config.ts';
import { securityHeaders } from './security-headers.ts';
import { NO_STORE } from './static/cache-policy.ts';
import { staticRoutes } from './static/static-routes.ts';

function plainText(status: 404 | 405 | 500, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE, ...headers },
  });
}

export interface DashboardServer {
  /** The server as a Hono app (see createServer). */
  readonly app: Hono;
  /** From now on /readyz answers 503, so a load balancer stops sending traffic. */
  beginShutdown(): void;
}

/**
 * The production server as a Hono app (no listening, no work at construction): security
 * headers and a request id on every response, /healthz and /readyz, then for allowed Host
 * names only: /csp-report, the generated /config.json, the gateway at /api, the demo API
 * at /demo-api, and the built app from options.distDir with the SPA fallback.
 */
export function createDashboardServer(options: ServerOptions): DashboardServer {
  const sink = redactingLogger(options.log ?? stdoutLogger, gatewaySecrets(options.gateway));
  const format = options.logFormat ?? 'text';
  const log = formattedLogger(sink, format);
  const csp = contentSecurityPolicy(connectSrcOrigins(options));
  const configBody = `${JSON.stringify(buildRuntimeConfig(options))}\n`;
  let shuttingDown = false;
  const app = new Hono();

  app.use('*', securityHeaders(csp, [GATEWAY_PATH, DEMO_API_PATH]));
  app.use('*', requestId({ headerName: REQUEST_ID_HEADER, limitLength: 128 }));
  app.use('*', accessLog(sink, format));
  // Before the Host check: load balancers probe by address, and these reveal nothing.
  app.route(
    '/',
    healthRoutes(options, () => shuttingDown),
  );
  app.use('*', allowedHostsGuard(options.allowedHosts));
  app.route(CSP_REPORT_PATH, cspReportRoutes(log, { readable: options.cspReportsReadable }));
  app.get(
    CONFIG_FILE_PATH,
    () =>
      new Response(configBody, {
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': NO_STORE },
      }),
  );
  // API answers are JSON built per request: compress them on the fly (static files come
  // precompressed from the build).
  app.use(`${GATEWAY_PATH}/*`, compress());
  app.use(`${DEMO_API_PATH}/*`, compress());
  app.route(GATEWAY_PATH, gatewayRoutes(GATEWAY_PATH, options.gateway, log));
  // The demo API's admin routes change offers for tests: never on a served app.
  if (options.demoApi !== null) app.route(DEMO_API_PATH, createDemoApi({ ...options.demoApi, admin: false }));
  // Paths the demo API does not know (or all of them, when it is off) end here, not in the SPA.
  const demoApiNotFound = (): Response =>
    gatewayError(404, options.demoApi === null ? 'The demo API is off on this server' : 'Not found', 'not_found');
  app.all(DEMO_API_PATH, demoApiNotFound);
  app.all(`${DEMO_API_PATH}/*`, demoApiNotFound);
  app.route('/', staticRoutes({ distDir: options.distDir, sourceMaps: options.sourceMaps ?? false }));
  app.all('*', () => plainText(405, 'Method not allowed', { Allow: 'GET, HEAD' }));

  app.notFound(() => plainText(404, 'Not found'));
  app.onError((error) => {
    log(`error ${logSafe(error.name)}: ${logSafe(error.message)}`);
    return plainText(500, 'Internal server error');
  });
  return {
    app,
    beginShutdown: () => {
      shuttingDown = true;
    },
  };
}

/** The production server as a Hono app; see createDashboardServer. */
export function createServer(options: ServerOptions): Hono {
  return createDashboardServer(options).app;
}
