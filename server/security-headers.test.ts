import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { connectSrcOrigins, contentSecurityPolicy } from './content-security-policy.ts';
import { PERMISSIONS_POLICY, securityHeaders } from './security-headers.ts';
import { createTempDist, type TempDist } from './testing/temp-dist.ts';
import { testServerOptions } from './testing/server-options.ts';

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

const EXPECTED: Record<string, string | RegExp> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Reporting-Endpoints': 'csp-endpoint="/csp-report"',
  'Permissions-Policy': /^(?=.*clipboard-write=\(self\))(?=.*camera=\(\))(?=.*microphone=\(\))(?=.*geolocation=\(\))/,
  'Content-Security-Policy': /^default-src 'self'; /,
};

const API_EXPECTED: Record<string, string | RegExp> = {
  ...EXPECTED,
  'Content-Security-Policy': /^default-src 'self'; .*; sandbox$/,
};

function expectSecurityHeaders(res: Response, label: string, expected = EXPECTED): void {
  for (const [name, value] of Object.entries(expected)) {
    const actual = res.headers.get(name);
    if (typeof value === 'string') expect(actual, `${label}: ${name}`).toBe(value);
    else expect(actual, `${label}: ${name}`).toMatch(value);
  }
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('security headers', () => {
  it('are on every kind of response', async () => {
    const app = createServer(testServerOptions(dist.dir));
    const html = { Accept: 'text/html' };
    const requests: Array<[string, RequestInit?]> = [
      ['/', { headers: html }],
      ['/offers/abc', { headers: html }],
      ['/assets/index-AbC123.js'],
      ['/favicon.svg'],
      ['/assets/missing.js'],
      ['/..%2f..%2fetc/passwd'],
      ['/config.json'],
      ['/csp-report'],
      ['/csp-report', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }],
      ['/api/v2/offers'],
      ['/api/nope'],
      ['/api/v2/offers', { method: 'POST' }],
      ['/demo-api/v2/offers'],
      ['/demo-api/nope'],
      ['/', { method: 'DELETE' }],
      ['/index.html', { method: 'HEAD' }],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(path, init);
      const api = /^\/(api|demo-api)\//.test(path);
      expectSecurityHeaders(res, `${init?.method ?? 'GET'} ${path} (${res.status})`, api ? API_EXPECTED : EXPECTED);
    }
  });

  it('are on the 500 answer of a thrown error, which is logged', async () => {
    const lines: string[] = [];
    const app = createServer(
      testServerOptions(dist.dir, {
        log: (line) => {
          if (line.startsWith('gateway')) throw new TypeError('logger failed');
          lines.push(line);
        },
      }),
    );
    const res = await app.request('/api/nope');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal server error\n');
    expectSecurityHeaders(res, 'thrown error', API_EXPECTED);
    expect(lines).toEqual(['error TypeError: logger failed']);
  });

  it('are set by the middleware after a handler throws', async () => {
    const app = new Hono();
    app.use('*', securityHeaders({ defaultSrc: ["'self'"] }));
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.onError(() => new Response('failed', { status: 500 }));
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('permissions policy', () => {
  const entries = PERMISSIONS_POLICY.split(', ').map((entry) => {
    const match = /^([a-z-]+)=(\(.*\))$/.exec(entry);
    expect(match, entry).not.toBeNull();
    return { feature: match?.[1] ?? '', allowlist: match?.[2] ?? '' };
  });

  it('allows clipboard-write for this origin and denies every other feature it names', () => {
    expect(entries.filter((entry) => entry.allowlist !== '()')).toEqual([
      { feature: 'clipboard-write', allowlist: '(self)' },
    ]);
    const features = entries.map((entry) => entry.feature);
    expect(new Set(features).size).toBe(features.length);
  });

  it('names the features that would otherwise keep their default self allowlist', () => {
    const features = new Set(entries.map((entry) => entry.feature));
    const mustDeny = [
      'accelerometer',
      'autoplay',
      'camera',
      'captured-surface-control',
      'clipboard-read',
      'compute-pressure',
      'cross-origin-isolated',
      'deferred-fetch',
      'display-capture',
      'encrypted-media',
      'fullscreen',
      'gamepad',
      'geolocation',
      'gyroscope',
      'hid',
      'identity-credentials-get',
      'idle-detection',
      'keyboard-map',
      'local-fonts',
      'magnetometer',
      'microphone',
      'midi',
      'payment',
      'picture-in-picture',
      'publickey-credentials-create',
      'publickey-credentials-get',
      'screen-wake-lock',
      'serial',
      'storage-access',
      'sync-xhr',
      'unload',
      'usb',
      'window-management',
      'xr-spatial-tracking',
    ];
    expect(mustDeny.filter((feature) => !features.has(feature))).toEqual([]);
  });

  it('leaves out names some Chromium builds do not recognise (each would log a console warning)', () => {
    const unrecognisedSomewhere = [
      'bluetooth',
      'web-share',
      'ambient-light-sensor',
      'attribution-reporting',
      'browsing-topics',
      'interest-cohort',
      'join-ad-interest-group',
      'run-ad-auction',
      'shared-storage',
      'shared-storage-select-url',
      'document-domain',
      'vertical-scroll',
      'speaker-selection',
      'direct-sockets',
      'language-model',
      'otp-credentials',
      'private-state-token-issuance',
      'private-state-token-redemption',
      'window-placement',
    ];
    const features = entries.map((entry) => entry.feature);
    expect(features.filter((feature) => unrecognisedSomewhere.includes(feature))).toEqual([]);
    expect(features.filter((feature) => feature.startsWith('ch-'))).toEqual([]);
  });
});

describe('content security policy', () => {
  it('has the fixed directives and no unsafe sources in demo mode', async () => {
    const app = createServer(testServerOptions(dist.dir));
    const csp = (await app.request('/')).headers.get('Content-Security-Policy') ?? '';
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const map = directives(csp);
    expect(map.get('default-src')).toEqual(["'self'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
    expect(map.get('style-src')).toEqual(["'self'"]);
    expect(map.get('img-src')).toEqual(["'self'", 'http:', 'https:']);
    expect(map.get('connect-src')).toEqual(["'self'"]);
    expect(map.get('font-src')).toEqual(["'self'"]);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    expect(map.get('form-action')).toEqual(["'self'"]);
    expect(map.get('frame-ancestors')).toEqual(["'none'"]);
    expect(map.get('report-uri')).toEqual(['/csp-report']);
    expect(map.get('report-to')).toEqual(['csp-endpoint']);
  });

  it('adds the API_BASE_URL origin and the CSP_CONNECT_SRC origins to connect-src', async () => {
    const app = createServer(
      testServerOptions(dist.dir, {
        apiBaseUrl: 'https://api.example.com/base',
        cspConnectSrc: ['https://other.example.org', 'http://localhost:4010', 'https://api.example.com'],
      }),
    );
    const csp = (await app.request('/')).headers.get('Content-Security-Policy') ?? '';
    expect(directives(csp).get('connect-src')).toEqual([
      "'self'",
      'https://api.example.com',
      'https://other.example.org',
      'http://localhost:4010',
    ]);
    expect(csp).not.toContain('/base');
  });

  it('adds nothing for a relative API_BASE_URL', () => {
    expect(connectSrcOrigins({ apiBaseUrl: '/api', cspConnectSrc: [] })).toEqual([]);
    expect(contentSecurityPolicy([]).connectSrc).toEqual(["'self'"]);
  });
});
