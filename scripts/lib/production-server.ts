/**
 * The production server (server/app.ts) in this process, on a free port on 127.0.0.1,
 * with the embedded demo API at zero latency and no faults or gateway: the
 * measurements see the real static handler (precompressed files, cache headers, CSP) and an
 * API that answers instantly, so only the app's own work is timed.
 */
import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { createDashboardServer } from '../../server/app.ts';
import { readServerOptions } from '../../server/options.ts';
import type { DemoApiOptions } from '../../demo-api/demo-api-options.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  /** Lines the server logged (CSP reports, errors), for the caller to show. */
  readonly logs: readonly string[];
  close(): Promise<void>;
}

export interface FreshBuild {
  readonly distDir: string;
  /** When the build finished, for the report. */
  readonly builtAt: Date;
  remove(): void;
}

/**
 * Builds the current sources with Vite into a temporary directory, every time: a
 * measurement of an older dist/ would silently report on code that is not there any
 * more, and a dist/ that a running server or e2e suite uses is left alone.
 */
async function buildFresh(): Promise<FreshBuild> {
  const distDir = mkdtempSync(path.join(tmpdir(), 'offers-dashboard-measure-'));
  console.log(`Building the current sources with Vite into ${distDir} …`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  return {
    distDir,
    builtAt: new Date(),
    remove: () => {
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the server. The environment is built here, not inherited, so a DEMO_API_* or
 * TRACKLY_* variable in the caller's shell cannot slow the API down or switch to a
 * gateway without anyone noticing.
 */
export async function startProductionServer(
  distDir: string,
  /** Demo API options for this measurement only (e.g. a latency), over the defaults. */
  demoApi: Partial<DemoApiOptions> = {},
): Promise<RunningServer> {
  const logs: string[] = [];
  const base = readServerOptions({ HOST: '127.0.0.1', PORT: '0', DIST_DIR: distDir }, ROOT);
  const options = {
    ...base,
    demoApi: base.demoApi === null ? null : { ...base.demoApi, ...demoApi },
    log: (line: string) => {
      logs.push(line);
    },
  };
  const { app } = createDashboardServer(options);
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
 * Builds the current sources, serves them, runs `measure` against the server, and
 * always stops the server and removes the build, whatever `measure` does. The server's
 * log is printed at the end when it has anything to say.
 */
export async function withFreshServer<T>(
  measure: (server: RunningServer, built: FreshBuild) => Promise<T>,
): Promise<T> {
  const built = await buildFresh();
  let server: RunningServer | undefined;
  try {
    server = await startProductionServer(built.distDir);
    return await measure(server, built);
  } finally {
    if (server && server.logs.length > 0) console.log(`\nThe server logged:\n  ${server.logs.join('\n  ')}`);
    await server?.close();
    built.remove();
  }
}
