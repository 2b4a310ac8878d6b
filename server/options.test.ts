import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMode, describeApiMode } from './api-mode.ts';
import { DEFAULT_GATEWAY_TIMEOUT_MS, readServerOptions, ServerOptionsError } from './options.ts';

const CWD = '/srv/dashboard';

function errorOf(env: Record<string, string>): string {
  try {
    readServerOptions(env, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(ServerOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected a ServerOptionsError');
}

describe('readServerOptions', () => {
  it('has defaults for everything', () => {
    const options = readServerOptions({}, CWD);
    expect(options).toMatchObject({
      host: '127.0.0.1',
      port: 4173,
      distDir: path.join(CWD, 'dist'),
      apiBaseUrl: undefined,
      gateway: { trackly: undefined, offerslook: undefined, timeoutMs: 10_000 },
      cspConnectSrc: [],
      cspReportsReadable: false,
      allowedHosts: ['localhost:4173', '127.0.0.1:4173', '[::1]:4173'],
      logFormat: 'text',
      sourceMaps: false,
    });
    expect(options.gateway).toMatchObject({ maxConcurrency: 32, maxBodyBytes: 2 * 1024 * 1024 });
    expect(options.demoApi).toMatchObject({ requireAuth: false, latencyMs: 0 });
    expect(apiMode(options)).toBe('demo');
    expect(describeApiMode(options)).toBe('demo API at /demo-api');
  });

  it('times the gateway out before the browser client gives up, so the user sees its 504', () => {
    const clientSource = readFileSync(path.resolve(import.meta.dirname, '../src/lib/api/client.ts'), 'utf8');
    const match = /export const DEFAULT_REQUEST_TIMEOUT_MS = ([\d_]+);/.exec(clientSource);
    expect(match, 'DEFAULT_REQUEST_TIMEOUT_MS in src/lib/api/client.ts').not.toBeNull();
    const clientTimeoutMs = Number((match?.[1] ?? '').replaceAll('_', ''));
    expect(DEFAULT_GATEWAY_TIMEOUT_MS).toBeLessThanOrEqual(clientTimeoutMs - 2_000);
    expect(readServerOptions({}, CWD).gateway.timeoutMs).toBe(DEFAULT_GATEWAY_TIMEOUT_MS);
  });

  it('reads every variable', () => {
    const options = readServerOptions(
      {
        HOST: '0.0.0.0',
        PORT: '8080',
        DIST_DIR: '/var/www/dist',
        API_BASE_URL: 'https://api.example.com/base/',
        CSP_CONNECT_SRC: ' https://a.example.com  http://localhost:4010/ https://a.example.com ',
        GATEWAY_TIMEOUT_MS: '2500',
        TRACKLY_BASE_URL: 'https://app.tracklysms.com/api/',
        TRACKLY_API_KEY: 'trk_0123456789abcdef0123456789abcdef',
        OFFERSLOOK_BASE_URL: 'https://net.api.offerslook.com',
        OFFERSLOOK_EMAIL: 'me@example.com',
        OFFERSLOOK_API_KEY: 'olkey',
        DEMO_API: 'on',
        DEMO_API_LATENCY_MS: '250',
        ALLOWED_HOSTS: 'Offers.example.com, offers.internal:8443',
        GATEWAY_MAX_CONCURRENCY: '8',
        GATEWAY_MAX_BODY_BYTES: '65536',
        LOG_FORMAT: 'json',
        SOURCE_MAPS: 'on',
      },
      CWD,
    );
    expect(options).toMatchObject({
      allowedHosts: ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'offers.example.com', 'offers.internal:8443'],
      logFormat: 'json',
      sourceMaps: true,
      host: '0.0.0.0',
      port: 8080,
      distDir: '/var/www/dist',
      apiBaseUrl: 'https://api.example.com/base',
      cspConnectSrc: ['https://a.example.com', 'http://localhost:4010'],
      gateway: {
        timeoutMs: 2500,
        maxConcurrency: 8,
        maxBodyBytes: 65_536,
        trackly: { baseUrl: 'https://app.tracklysms.com/api', apiKey: 'trk_0123456789abcdef0123456789abcdef' },
        offerslook: { baseUrl: 'https://net.api.offerslook.com', email: 'me@example.com', apiKey: 'olkey' },
      },
      demoApi: { latencyMs: 250 },
    });
    expect(apiMode(options)).toBe('gateway');
    expect(describeApiMode(options)).toBe('gateway at /api for Trackly, Offerslook; demo API at /demo-api');
  });

  it('turns the demo API off by default once a gateway or API_BASE_URL is configured', () => {
    const trackly = { TRACKLY_BASE_URL: 'https://t.example/api', TRACKLY_API_KEY: 'trk_k' };
    const offerslook = {
      OFFERSLOOK_BASE_URL: 'https://o.example',
      OFFERSLOOK_EMAIL: 'a@example.com',
      OFFERSLOOK_API_KEY: 'k',
    };
    for (const env of [
      trackly,
      offerslook,
      { API_BASE_URL: 'https://api.example.com' },
      { API_BASE_URL: '/upstream' },
    ]) {
      const options = readServerOptions({ ...env, DEMO_API_LATENCY_MS: '250' }, CWD);
      expect(options.demoApi, JSON.stringify(env)).toBeNull();
      expect(describeApiMode(options)).toMatch(/demo API off$/);
    }
    expect(describeApiMode(readServerOptions(trackly, CWD))).toBe('gateway at /api for Trackly; demo API off');

    const explicitlyOn = readServerOptions({ ...trackly, DEMO_API: 'on' }, CWD);
    expect(explicitlyOn.demoApi).not.toBeNull();
    expect(describeApiMode(explicitlyOn)).toBe('gateway at /api for Trackly; demo API at /demo-api');
    expect(readServerOptions({ API_BASE_URL: '/upstream', DEMO_API: 'yes' }, CWD).demoApi).not.toBeNull();

    // First run, nothing configured: the demo API serves the app.
    expect(readServerOptions({}, CWD).demoApi).not.toBeNull();
    expect(readServerOptions({ DEMO_API: 'off' }, CWD).demoApi).toBeNull();
  });

  it('knows the external and none modes', () => {
    const external = readServerOptions({ API_BASE_URL: '/upstream', DEMO_API: 'off' }, CWD);
    expect(external.demoApi).toBeNull();
    expect(apiMode(external)).toBe('external');
    expect(describeApiMode(external)).toBe('external API /upstream; demo API off');
    const none = readServerOptions({ DEMO_API: 'off' }, CWD);
    expect(apiMode(none)).toBe('none');
  });

  it('rejects bad values, naming the variable', () => {
    expect(errorOf({ PORT: 'http' })).toMatch(/^PORT must be/);
    expect(errorOf({ PORT: '70000' })).toMatch(/^PORT must be/);
    expect(errorOf({ GATEWAY_TIMEOUT_MS: '0' })).toMatch(/^GATEWAY_TIMEOUT_MS must be/);
    expect(errorOf({ DEMO_API: 'maybe' })).toMatch(/^DEMO_API must be on or off/);
    expect(errorOf({ DEMO_API_ERROR_RATE: '3' })).toMatch(/^DEMO_API_\*: DEMO_API_ERROR_RATE/);
    expect(errorOf({ API_BASE_URL: 'ftp://x.example' })).toMatch(/^API_BASE_URL must be/);
    expect(errorOf({ API_BASE_URL: 'https://x.example/?q=1' })).toMatch(/^API_BASE_URL must be/);
    expect(errorOf({ API_BASE_URL: '//evil.example' })).toMatch(/^API_BASE_URL must be/);
    expect(errorOf({ API_BASE_URL: '/\\evil.example' })).toMatch(/^API_BASE_URL must be/);
    expect(errorOf({ CSP_CONNECT_SRC: 'https://ok.example https://x.example/path' })).toMatch(/^CSP_CONNECT_SRC must/);
    expect(errorOf({ CSP_CONNECT_SRC: 'https://*.example.com' })).toMatch(/^CSP_CONNECT_SRC must/);
    expect(errorOf({ CSP_CONNECT_SRC: "'unsafe-inline'" })).toMatch(/^CSP_CONNECT_SRC must/);
    expect(errorOf({ TRACKLY_BASE_URL: 'not a url', TRACKLY_API_KEY: 'k' })).toMatch(/^TRACKLY_BASE_URL must be/);
    expect(
      errorOf({ OFFERSLOOK_BASE_URL: 'https://o.example', OFFERSLOOK_EMAIL: 'a:b', OFFERSLOOK_API_KEY: 'k' }),
    ).toMatch(/^OFFERSLOOK_EMAIL must not contain/);
  });

  it('asks a deploy listening beyond loopback to name its host names', () => {
    expect(errorOf({ HOST: '0.0.0.0' })).toMatch(/^ALLOWED_HOSTS must name the host name\(s\) browsers use/);
    expect(errorOf({ ALLOWED_HOSTS: 'https://x.example' })).toMatch(/^ALLOWED_HOSTS must list host names/);
    expect(errorOf({ ALLOWED_HOSTS: '*.example.com' })).toMatch(/^ALLOWED_HOSTS must list host names/);
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]'])
      expect(readServerOptions({ HOST: host }, CWD).host).toBe(host);
    expect(readServerOptions({ PORT: '0' }, CWD).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });

  it('refuses an http:// vendor URL (keys in clear) unless ALLOW_INSECURE_UPSTREAM is on', () => {
    const env = {
      TRACKLY_BASE_URL: 'http://t.example/api',
      TRACKLY_API_KEY: 'trk_k',
      OFFERSLOOK_BASE_URL: 'http://o.example',
      OFFERSLOOK_EMAIL: 'a@example.com',
      OFFERSLOOK_API_KEY: 'k',
    };
    expect(errorOf(env)).toBe(
      'TRACKLY_BASE_URL, OFFERSLOOK_BASE_URL must be https:// (the API keys would travel in clear); ALLOW_INSECURE_UPSTREAM=1 allows http://',
    );
    expect(readServerOptions({ ...env, ALLOW_INSECURE_UPSTREAM: '1' }, CWD).gateway.trackly?.baseUrl).toBe(
      'http://t.example/api',
    );
  });

  it('rejects bad values of the operations variables', () => {
    expect(errorOf({ GATEWAY_MAX_CONCURRENCY: '0' })).toMatch(/^GATEWAY_MAX_CONCURRENCY must be/);
    expect(errorOf({ GATEWAY_MAX_BODY_BYTES: '100' })).toMatch(/^GATEWAY_MAX_BODY_BYTES must be/);
    expect(errorOf({ LOG_FORMAT: 'xml' })).toBe('LOG_FORMAT must be text or json');
    expect(errorOf({ SOURCE_MAPS: 'sometimes' })).toBe('SOURCE_MAPS must be on or off');
  });

  it('requires each vendor family complete', () => {
    expect(errorOf({ TRACKLY_BASE_URL: 'https://t.example' })).toBe(
      'TRACKLY_API_KEY must be set together with TRACKLY_BASE_URL',
    );
    expect(errorOf({ OFFERSLOOK_API_KEY: 'k' })).toBe(
      'OFFERSLOOK_BASE_URL, OFFERSLOOK_EMAIL must be set together with OFFERSLOOK_API_KEY',
    );
  });

  it('lists every problem at once and never repeats a secret or a URL', () => {
    const secretKey = 'trk_has space secret';
    const secretUrl = 'https://user:p4ssw0rd@t.example/api';
    const message = errorOf({
      TRACKLY_BASE_URL: secretUrl,
      TRACKLY_API_KEY: secretKey,
      OFFERSLOOK_BASE_URL: 'https://o.example',
      OFFERSLOOK_EMAIL: 'me@example.com',
      OFFERSLOOK_API_KEY: 'ol\u0001secret',
      PORT: '-1',
    });
    expect(message.split('\n')).toHaveLength(4);
    expect(message).toContain('TRACKLY_BASE_URL');
    expect(message).toContain('TRACKLY_API_KEY');
    expect(message).toContain('OFFERSLOOK_API_KEY');
    for (const leak of ['has space', 'p4ssw0rd', 'user:', 'secret', '-1']) expect(message).not.toContain(leak);
  });
});
