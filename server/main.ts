import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeApiMode } from './api-mode.ts';
import { createDashboardServer } from './app.ts';
import { listenUrl } from './listen-url.ts';
import { readServerOptions, ServerOptionsError, type ServerOptions } from './options.ts';

function fail(message: string, code: number): never {
  console.error(`serve: ${message}`);
  process.exit(code);
}

function readOptions(): ServerOptions {
  try {
    return readServerOptions(process.env);
  } catch (error) {
    if (error instanceof ServerOptionsError) fail(`invalid configuration\n  ${error.message.split('\n').join('\n  ')}`, 2);
    throw error;
  }
}

function main(): void {
  const options = readOptions();
  const index = path.join(options.distDir, 'index.html');
  if (!existsSync(index)) {
    fail(`${path.relative(process.cwd(), index) || index} is missing: run npm run build first`, 1);
  }

  const dashboard = createDashboardServer(options);
  const server = serve({ fetch: dashboard.app.fetch, port: options.port, hostname: options.host }, (info) => {
    console.log(`Dashboard on ${listenUrl(options.host, info.port)} (${describeApiMode(options)})`);
    // In the background, once listening: the first visitor then gets the entry script from
    // the cache instead of waiting for brotli at quality 11.
    void dashboard.precompress().then(
      ({ files, bytes, skipped, ms }) => {
        const rest = skipped > 0 ? `; ${skipped} left for first use` : '';
        console.log(`Precompressed ${files.length} files (${Math.round(bytes / 1000)} kB) in ${ms} ms${rest}`);
      },
      (error: unknown) => {
        console.error(`serve: precompressing failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(`cannot listen on ${listenUrl(options.host, options.port)}: ${error.code ?? error.message}`, 1);
  });

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    if ('closeAllConnections' in server) server.closeAllConnections();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main();
