import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { apiMode } from './api-mode.ts';
import type { ServerOptions } from './options.ts';
import { NO_STORE } from './static/cache-policy.ts';
import { INDEX_FILE } from './static/cache-policy.ts';
import { buildRuntimeConfig } from './runtime-config.ts';

/**
 * GET /healthz: the process answers (liveness). GET /readyz: it should get traffic: the
 * app is built and it is not shutting down; the body names the API mode and the vendors
 * whose keys it holds (names only, as /config.json does). 503 otherwise.
 */
export function healthRoutes(options: ServerOptions, isShuttingDown: () => boolean): Hono {
  const app = new Hono();
  const json = (status: 200 | 503, body: object): Response =>
    new Response(`${JSON.stringify(body)}\n`, {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': NO_STORE },
    });
  const vendors = buildRuntimeConfig(options).credentialsOnServer ?? [];
  app.get('/healthz', () => json(200, { status: 'ok' }));
  app.get('/readyz', () => {
    if (isShuttingDown()) return json(503, { status: 'shutting-down' });
    if (!existsSync(path.join(options.distDir, INDEX_FILE))) return json(503, { status: 'not-built' });
    return json(200, { status: 'ready', api: apiMode(options), vendors });
  });
  return app;
}
