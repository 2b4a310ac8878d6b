import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createDemoApi } from './app.ts';
import { resolveDemoApiOptions, type DemoApiOptions } from './options.ts';
import { describeForceRule } from './force-rules.ts';

export interface RunningDemoApi {
  /** Base URL, e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly server: ServerType;
  /** Stops listening and drops open connections (including hanging requests). */
  close(): Promise<void>;
}

function formatUrl(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Starts the demo API on options.host:options.port (port 0 = a free port). */
export function startDemoApiServer(options: Partial<DemoApiOptions> = {}): Promise<RunningDemoApi> {
  const resolved = resolveDemoApiOptions(options);
  const app = createDemoApi(resolved);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: resolved.port, hostname: resolved.host }, (info: AddressInfo) => {
      server.off('error', reject);
      resolve({
        url: formatUrl(resolved.host, info.port),
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => {
              if (error) fail(error);
              else done();
            });
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** One line describing auth and active faults, for the CLI banner. */
export function describeDemoApiOptions(options: DemoApiOptions): string {
  const auth = options.requireAuth
    ? `on (Trackly X-Api-Key ${options.tracklyKey}; Offerslook Basic ${options.offerslookEmail} / ${options.offerslookKey})`
    : 'off';
  const forces = options.forces.length > 0 ? options.forces.map(describeForceRule).join(', ') : 'none';
  const cors = options.corsOrigins === '*' ? '*' : options.corsOrigins.join(', ');
  const admin = options.admin ? ' | Admin routes: on (for tests)' : '';
  return `Auth: ${auth} | Latency: ${options.latencyMs} ms | Error rate: ${options.errorRate} (seed ${options.errorSeed}) | Forced: ${forces} | CORS: ${cors}${admin}`;
}
