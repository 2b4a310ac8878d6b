import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../app.ts';
import type { GatewayOptions } from '../options.ts';
import { listenNode, listenRecording, unusedUrl, type Listening, type RecordedRequest } from '../testing/listen.ts';
import { testServerOptions } from '../testing/server-options.ts';
import { createTempDist, type TempDist } from '../testing/temp-dist.ts';

const TRACKLY_KEY = 'trk_EdgeEdgeEdgeEdgeEdgeEdgeEdge1234';
const OL_EMAIL = 'edge@example.com';
const OL_KEY = 'ol-edge-secret';
const BASIC = `Basic ${Buffer.from(`${OL_EMAIL}:${OL_KEY}`).toString('base64')}`;

type Reply = (req: IncomingMessage, res: ServerResponse) => void;
const jsonReply: Reply = (_req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Set-Cookie': 'upstream=1; Path=/',
    'X-Upstream-Internal': 'db-7',
    'Access-Control-Allow-Origin': '*',
  });
  res.end('{"ok":true}');
};

let dist: TempDist;
let reply: Reply = jsonReply;
let upstream: Listening & { requests: RecordedRequest[] };
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await listenRecording((req, res) => {
    reply(req, res);
  });
});
afterEach(async () => {
  reply = jsonReply;
  upstream.requests.length = 0;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

function gatewayApp(gateway: Partial<GatewayOptions> = {}) {
  const options = testServerOptions(dist.dir, {
    gateway: {
      trackly: { baseUrl: `${upstream.url}/base/api`, apiKey: TRACKLY_KEY },
      offerslook: { baseUrl: `${upstream.url}/ol`, email: OL_EMAIL, apiKey: OL_KEY },
      timeoutMs: 2_000,
      ...gateway,
    },
  });
  return { app: createServer(options), lines: options.lines };
}

describe('gateway requests upstream', () => {
  it('sends only its own headers: credentials added, browser credentials and cookies dropped', async () => {
    const { app } = gatewayApp();
    const browserHeaders = {
      'X-Api-Key': 'browser-key',
      Authorization: 'Bearer browser-token',
      Cookie: 'sid=browser',
      'X-Forwarded-For': '10.0.0.1',
    };
    await app.request('/api/v2/offers/abc', { headers: browserHeaders });
    await app.request('/api/aff/v1/offers/abc/tracking_links', { headers: browserHeaders });
    const [trackly, offerslook] = upstream.requests;
    expect(trackly?.url).toBe('/base/api/v2/offers/abc');
    expect(trackly?.headers['x-api-key']).toBe(TRACKLY_KEY);
    expect(trackly?.headers.authorization).toBeUndefined();
    expect(trackly?.headers.cookie).toBeUndefined();
    expect(trackly?.headers['x-forwarded-for']).toBeUndefined();
    expect(offerslook?.url).toBe('/ol/aff/v1/offers/abc/tracking_links');
    expect(offerslook?.headers.authorization).toBe(BASIC);
    expect(offerslook?.headers['x-api-key']).toBeUndefined();
    expect(offerslook?.headers.cookie).toBeUndefined();
  });

  it('forwards only status, page and per_page to the list, and no query to the others', async () => {
    const { app } = gatewayApp();
    await app.request('/api/v2/offers?status=paused&page=2&per_page=5&api_key=x&status=active&callback=y');
    await app.request('/api/v2/offers/abc?status=active&x=1');
    await app.request('/api/aff/v1/offers/abc/tracking_links?aff_sub1=z');
    expect(upstream.requests.map((request) => request.url)).toEqual([
      '/base/api/v2/offers?status=paused&page=2&per_page=5',
      '/base/api/v2/offers/abc',
      '/ol/aff/v1/offers/abc/tracking_links',
    ]);
  });

  it('refuses ids that could name another path with 400, without calling upstream', async () => {
    const { app } = gatewayApp();
    const attempts = [
      '/api/v2/offers/..%2F..%2Fadmin',
      '/api/v2/offers/..%252F..%252Fadmin',
      '/api/v2/offers/%252e%252e%252f',
      '/api/v2/offers/%2e%2e%2fadmin%3fx%3d1%23y',
      '/api/v2/offers/..%5Cadmin',
      '/api/v2/offers/%ZZ',
      '/api/aff/v1/offers/..%2F..%2F..%2Fadmin/tracking_links',
      '/api/aff/v1/offers/%252E%252E/tracking_links',
    ];
    for (const path of attempts) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      expect(await res.json(), path).toEqual({ error: 'Invalid offer id', code: 'invalid_id' });
    }
    // Plain and %2e dot segments are resolved by URL parsing before routing: another path.
    for (const path of [
      '/api/v2/offers/%2e%2e',
      '/api/v2/offers/%2E',
      '/api/v2/offers/..',
      '/api/v2/offers/%2e%2e/admin',
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    expect(upstream.requests).toEqual([]);
  });

  it('answers 403 to cross-site requests, without calling upstream', async () => {
    const { app } = gatewayApp();
    const crossSite: Array<Record<string, string>> = [
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://evil.example' },
      { Origin: 'http://localhost:1234' },
      { Origin: 'null' },
    ];
    for (const headers of crossSite) {
      const res = await app.request('/api/v2/offers', { headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toEqual({ error: 'Cross-site requests are not served', code: 'forbidden' });
      expect(res.headers.get('Content-Security-Policy')).toContain('sandbox');
    }
    expect(upstream.requests).toEqual([]);
    const sameSite: Array<Record<string, string>> = [
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost' },
      { 'Sec-Fetch-Site': 'none' },
      {},
    ];
    for (const headers of sameSite) {
      expect((await app.request('/api/v2/offers', { headers })).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('answers 503 with Retry-After past GATEWAY_MAX_CONCURRENCY upstream requests in flight', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    reply = (req, res) => {
      void held.then(() => {
        jsonReply(req, res);
      });
    };
    const { app } = gatewayApp({ maxConcurrency: 2 });
    const get = async (path: string): Promise<Response> => app.request(path);
    const first = [get('/api/v2/offers'), get('/api/v2/offers/a')];
    while (upstream.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const busy = await app.request('/api/v2/offers/b');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('Retry-After')).toBe('1');
    expect(await busy.json()).toEqual({ error: 'Too many requests in flight; try again shortly', code: 'busy' });
    release();
    expect((await Promise.all(first)).map((res) => res.status)).toEqual([200, 200]);
    expect((await app.request('/api/v2/offers/c')).status).toBe(200);
    expect(upstream.requests).toHaveLength(3);
  });

  it('refuses an upstream body over GATEWAY_MAX_BODY_BYTES with 502', async () => {
    const { app } = gatewayApp({ maxBodyBytes: 2048 });
    reply = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`"${'x'.repeat(4096)}"`);
    };
    const res = await app.request('/api/v2/offers');
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: 'Upstream response too large', code: 'bad_gateway' });
  });

  it('never forwards the demo API’s admin routes', async () => {
    const { app } = gatewayApp();
    for (const path of ['/api/__admin/reset', '/api/__admin/offers/abc', '/api/v2/__admin/offers/abc']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    const patch = { method: 'PATCH', body: '{"status":"paused"}', headers: { 'Content-Type': 'application/json' } };
    expect((await app.request('/api/__admin/offers/abc', patch)).status).toBe(404);
    expect((await app.request('/api/v2/offers/abc', patch)).status).toBe(405);
    expect((await app.request('/api/__admin/reset', { method: 'POST' })).status).toBe(404);
    expect((await app.request('/api/v2/offers/..%2F..%2F__admin%2Freset')).status).toBe(400);
    expect(upstream.requests).toEqual([]);
  });

  it('answers 404 JSON for any other path and 405 for other methods (HEAD too), without calling upstream', async () => {
    const { app } = gatewayApp();
    for (const path of [
      '/api',
      '/api/',
      '/api/v2',
      '/api/v2/offers/',
      '/api/v2/offers/a/b',
      '/api/v3/offers',
      '/api/V2/offers',
      '/api/aff/v1/offers/a',
      '/api/aff/v1/offers/a/tracking_links/x',
      '/api/admin',
    ]) {
      const res = await app.request(path, { headers: { Accept: 'text/html' } });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: 'Not found', code: 'not_found' });
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const res = await app.request('/api/v2/offers', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET');
      expect(await res.json()).toEqual({ error: 'Method not allowed', code: 'method_not_allowed' });
    }
    for (const path of ['/api/v2/offers', '/api/v2/offers/abc', '/api/aff/v1/offers/abc/tracking_links']) {
      const res = await app.request(path, { method: 'HEAD' });
      expect(res.status, `HEAD ${path}`).toBe(405);
      expect(res.headers.get('Allow'), `HEAD ${path}`).toBe('GET');
    }
    expect(upstream.requests).toEqual([]);
  });
});

describe('gateway responses', () => {
  it('drop every upstream header but Content-Type', async () => {
    const { app } = gatewayApp();
    const res = await app.request('/api/v2/offers');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"ok":true}');
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(res.headers.get('X-Upstream-Internal')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('label JSON with their own JSON type and anything else as plain text, never the vendor string', async () => {
    const { app } = gatewayApp();
    const json = 'application/json; charset=utf-8';
    const cases: Array<[string | undefined, string]> = [
      ['application/json', json],
      ['application/json; charset=iso-8859-1', json],
      ['application/problem+json', json],
      ['Application/JSON', json],
      ['application/json;a=b,text/html', 'text/plain; charset=utf-8'],
      ['text/html; charset=utf-8', 'text/plain; charset=utf-8'],
      ['text/xml', 'text/plain; charset=utf-8'],
      ['application/xml', 'text/plain; charset=utf-8'],
      ['image/svg+xml', 'text/plain; charset=utf-8'],
      ['text/javascript', 'text/plain; charset=utf-8'],
      ['text/css', 'text/plain; charset=utf-8'],
      ['application/jsonp', 'text/plain; charset=utf-8'],
      ['text/json+html', 'text/plain; charset=utf-8'],
      [undefined, 'text/plain; charset=utf-8'],
    ];
    for (const [upstreamType, expected] of cases) {
      reply = (_req, res) => {
        res.writeHead(502, upstreamType === undefined ? {} : { 'Content-Type': upstreamType });
        res.end('<html><body><script>alert(1)</script>502 Bad Gateway</body></html>');
      };
      const res = await app.request('/api/v2/offers');
      expect(res.status, upstreamType).toBe(502);
      expect(res.headers.get('Content-Type'), upstreamType).toBe(expected);
      expect(res.headers.get('X-Content-Type-Options'), upstreamType).toBe('nosniff');
      expect(await res.text(), upstreamType).toBe('<html><body><script>alert(1)</script>502 Bad Gateway</body></html>');
    }
  });

  it('carry a sandboxing CSP, so no script runs should a browser open one', async () => {
    const { app } = gatewayApp();
    for (const path of ['/api/v2/offers', '/api/nope', '/api', '/demo-api/v2/offers', '/demo-api/nope']) {
      const csp = (await app.request(path)).headers.get('Content-Security-Policy') ?? '';
      expect(csp, path).toMatch(/^default-src 'self'; script-src 'self'; .*frame-ancestors 'none'; .*; sandbox$/);
      expect(csp, path).not.toMatch(/allow-/);
    }
    const page = await app.request('/apis', { headers: { Accept: 'text/html' } });
    expect(page.headers.get('Content-Security-Policy')).toMatch(/^default-src 'self'; /);
    expect(page.headers.get('Content-Security-Policy')).not.toContain('sandbox');
  });

  it('pass a well-formed Retry-After on 429 and 503 only', async () => {
    const { app } = gatewayApp();
    const retryAfterFor = async (status: number, value: string): Promise<string | null> => {
      reply = (_req, res) => {
        res.writeHead(status, { 'Content-Type': 'application/json', 'Retry-After': value });
        res.end('{"error":"slow down","code":"rate_limited"}');
      };
      const res = await app.request('/api/v2/offers');
      expect(res.status).toBe(status);
      return res.headers.get('Retry-After');
    };
    expect(await retryAfterFor(429, '30')).toBe('30');
    expect(await retryAfterFor(503, '0')).toBe('0');
    expect(await retryAfterFor(503, ' 120 ')).toBe('120');
    expect(await retryAfterFor(429, 'Wed, 21 Oct 2026 07:28:00 GMT')).toBe('Wed, 21 Oct 2026 07:28:00 GMT');
    for (const bad of [
      'soon',
      '-1',
      '1.5',
      '12345678901',
      '30, 40',
      'Wed, 21 Oct 2026 07:28:00',
      'Wed, 32 Oct 2026 07:28:00 GMT',
      '<script>',
    ]) {
      expect(await retryAfterFor(429, bad), bad).toBeNull();
    }
    for (const status of [200, 500, 502]) expect(await retryAfterFor(status, '30'), String(status)).toBeNull();
  });

  it('do not follow redirects (credentials would go along)', async () => {
    const { app } = gatewayApp();
    reply = (req, res) => {
      if (req.url?.includes('elsewhere') === true) jsonReply(req, res);
      else res.writeHead(302, { Location: '/elsewhere' }).end();
    };
    const res = await app.request('/api/v2/offers');
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: 'Upstream answered with a redirect', code: 'bad_gateway' });
    expect(upstream.requests).toHaveLength(1);
  });

  it('time out after GATEWAY_TIMEOUT_MS with 504 JSON', async () => {
    const hanging = await listenNode(() => {
      // never answers
    });
    cleanups.push(() => hanging.close());
    const { app, lines } = gatewayApp({ trackly: { baseUrl: hanging.url, apiKey: TRACKLY_KEY }, timeoutMs: 300 });
    const started = performance.now();
    const res = await app.request('/api/v2/offers');
    const elapsed = performance.now() - started;
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ error: 'Upstream timed out', code: 'gateway_timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
    expect(lines.at(-1)).toMatch(/^gateway GET \/api\/v2\/offers 504 \d+ms \(upstream timed out\)$/);
  });

  it('time out when the body stalls after the headers', async () => {
    const stalling = await listenNode((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"offers":[');
    });
    cleanups.push(() => stalling.close());
    const { app } = gatewayApp({ trackly: { baseUrl: stalling.url, apiKey: TRACKLY_KEY }, timeoutMs: 300 });
    const res = await app.request('/api/v2/offers');
    expect(res.status).toBe(504);
  });

  it('answer 502 JSON when the upstream is unreachable', async () => {
    const { app, lines } = gatewayApp({ offerslook: { baseUrl: await unusedUrl(), email: OL_EMAIL, apiKey: OL_KEY } });
    const res = await app.request('/api/aff/v1/offers/abc/tracking_links');
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: 'Upstream unreachable', code: 'bad_gateway' });
    expect(lines.at(-1)).toMatch(
      /^gateway GET \/api\/aff\/v1\/offers\/abc\/tracking_links 502 \d+ms \(upstream unreachable\)$/,
    );
  });

  it('answer 503 JSON for the family that is not configured', async () => {
    const onlyTrackly = gatewayApp({ offerslook: undefined }).app;
    expect((await onlyTrackly.request('/api/v2/offers')).status).toBe(200);
    const links = await onlyTrackly.request('/api/aff/v1/offers/abc/tracking_links');
    expect(links.status).toBe(503);
    expect(await links.json()).toEqual({
      error: 'Offerslook is not configured on this gateway',
      code: 'not_configured',
    });

    const onlyOfferslook = gatewayApp({ trackly: undefined }).app;
    expect((await onlyOfferslook.request('/api/aff/v1/offers/abc/tracking_links')).status).toBe(200);
    const offers = await onlyOfferslook.request('/api/v2/offers/abc');
    expect(offers.status).toBe(503);
    expect(await offers.json()).toEqual({ error: 'Trackly is not configured on this gateway', code: 'not_configured' });
  });

  it('log no credential, even when a path or upstream body contains one', async () => {
    const { app, lines } = gatewayApp();
    reply = (req, res) => {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'Invalid API key', code: 'unauthorized', echoed: req.headers['x-api-key'] }));
    };
    const res = await app.request(`/api/v2/offers/${TRACKLY_KEY}`);
    expect(res.status).toBe(401);
    expect(lines.at(-1)).toMatch(/^gateway GET \/api\/v2\/offers\/\[redacted\] 401 \d+ms$/);
    expect(lines.join('\n')).not.toContain(TRACKLY_KEY);
  });
});
