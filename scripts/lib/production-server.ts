/**
 * The production server (server/app.ts) in this process, on a free port on 127.0.0.1,
 * with the embedded demo API at zero latency and no faults or gateway: the
 * measurements see the real static handler (compression, cache headers, CSP) and an
 * API that answers instantly, so only the app's own work is timed.
 */
import { serve } from '@hono/node-server';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { createServer } from '../../server/app.ts';
import { readServerOptions } from '../../server/options.ts';
import { parseIndexHtml } from './initial-assets.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_DIR = path.join(ROOT, 'dist');

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  /** Lines the server logged (CSP reports, errors), for the caller to show. */
  readonly logs: readonly string[];
  close(): Promise<void>;
}

/** Builds the app into dist/ with Vite when dist/index.html is missing. */
export async function ensureBuilt(distDir: string = DIST_DIR): Promise<void> {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  console.log(`${path.relative(ROOT, distDir) || distDir}/index.html is missing: building with Vite …`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: distDir } });
}

/**
 * Starts the server. The environment is built here, not inherited, so a DEMO_API_* or
 * TRACKLY_* variable in the caller's shell cannot slow the API down or switch to a
 * gateway without anyone noticing.
 */
export async function startProductionServer(distDir: string = DIST_DIR): Promise<RunningServer> {
  const logs: string[] = [];
  const options = {
    ...readServerOptions({ HOST: '127.0.0.1', PORT: '0', DIST_DIR: distDir }, ROOT),
    log: (line: string) => {
      logs.push(line);
    },
  };
  const app = createServer(options);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: options.host }, () => {
      resolve(listening);
    }) as Server;
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * Requests the app shell, its scripts and styles once, with the encodings Chromium
 * offers: the static handler compresses each file on first use, and that one-off cost
 * belongs to the server's start, not to the first measured page load.
 */
export async function warmUp(serverUrl: string, distDir: string = DIST_DIR): Promise<void> {
  const index = parseIndexHtml(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const paths = ['/', '/config.json', ...[...index.classicScripts, ...index.moduleScripts, ...index.modulePreloads, ...index.stylesheets].map((file) => `/${file}`)];
  for (const pathname of paths) {
    const response = await fetch(`${serverUrl}${pathname}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    await response.arrayBuffer();
  }
}
