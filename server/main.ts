import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeApiMode } from './api-mode.ts';
import { createServer } from './app.ts';
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

  const app = createServer(options);
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
    console.log(`Dashboard on ${listenUrl(options.host, info.port)} (${describeApiMode(options)})`);
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
