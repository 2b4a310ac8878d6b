import { loopbackHosts } from '../allowed-hosts.ts';
import type { ServerOptions } from '../options.ts';

/** Options for tests: demo API on, no gateway, CSP reports not readable, logs collected in `lines`. */
export function testServerOptions(
  distDir: string,
  overrides: Partial<ServerOptions> = {},
): ServerOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    host: '127.0.0.1',
    port: 0,
    distDir,
    demoApi: {},
    gateway: { timeoutMs: 2_000 },
    cspConnectSrc: [],
    cspReportsReadable: false,
    allowedHosts: loopbackHosts(0),
    log: (line) => {
      lines.push(line);
    },
    ...overrides,
    lines,
  };
}
