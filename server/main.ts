import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { describeApiMode } from './api-mode.ts';
import { createDashboardServer } from './app.ts';
import { listenUrl } from './listen-url.ts';
import { stdoutLogger } from './logger.ts';
import { readServerOptions, ServerOptionsError, type ServerOptions } from './options.ts';
import { formattedLogger } from './request-log.ts';

/** How long SIGTERM waits for requests in flight before closing what is left. */
const DRAIN_MS = 10_000;

function fail(message: string, code: number): never {
  console.error(`serve: ${message}`);
  process.exit(code);
}

function readOptions(): ServerOptions {
  try {
    return readServerOptions(process.env);
  } catch (error) {
    if (error instanceof ServerOptionsError)
      fail(`invalid configuration\n  ${error.message.split('\n').join('\n  ')}`, 2);
    throw error;
  }
}

function main(): void {
  const options = readOptions();
  const index = path.join(options.distDir, 'index.html');
  if (!existsSync(index)) {
    fail(`${path.relative(process.cwd(), index) || index} is missing: run npm run build first`, 1);
  }

  const log = formattedLogger(stdoutLogger, options.logFormat ?? 'text');
  const dashboard = createDashboardServer(options);
  const server = serve({ fetch: dashboard.app.fetch, port: options.port, hostname: options.host }, (info) => {
    log(`Dashboard on ${listenUrl(options.host, info.port)} (${describeApiMode(options)})`);
  }) as Server;
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(`cannot listen on ${listenUrl(options.host, options.port)}: ${error.code ?? error.message}`, 1);
  });

  // Stop accepting, let requests in flight finish (up to DRAIN_MS), then exit 0.
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    dashboard.beginShutdown();
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, DRAIN_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main();
