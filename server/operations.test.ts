import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer, createServer } from './app.ts';
import { listenRecording, type Listening, type RecordedRequest } from './testing/listen.ts';
import { testServerOptions } from './testing/server-options.ts';
import { createTempDist, INDEX_HTML, type TempDist } from './testing/temp-dist.ts';

let dist: TempDist;
let upstream: Listening & { requests: RecordedRequest[] };
beforeAll(async () => {
  dist = await createTempDist();
  await writeFile(path.join(dist.dir, 'assets', 'index-AbC123.js.map'), '{"version":3}');
  upstream = await listenRecording((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[]}');
  });
});
afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

const gateway = () => ({ trackly: { baseUrl: upstream.url, apiKey: 'trk_opsopsopsops' }, timeoutMs: 2_000 });

describe('allowed hosts (DNS rebinding)', () => {
  it('answers 421 to any other Host, with the security headers, and never reaches a vendor', async () => {
    const app = createServer(
      testServerOptions(dist.dir, { gateway: gateway(), allowedHosts: ['localhost:4173', 'offers.example.com'] }),
    );
    for (const host of ['evil.example', 'evil.example:4173', 'localhost:9999', '127.0.0.1.evil.example']) {
      for (const target of ['/api/v2/offers', '/', '/config.json', '/assets/index-AbC123.js']) {
        const res = await app.request(target, { headers: { Host: host } });
        expect(res.status, `${host} ${target}`).toBe(421);
        expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(res.headers.get('Content-Security-Policy')).toMatch(/^default-src 'self'/);
      }
    }
    expect(upstream.requests).toEqual([]);
    for (const host of ['localhost:4173', 'offers.example.com', 'OFFERS.example.com:443']) {
      expect((await app.request('/api/v2/offers', { headers: { Host: host } })).status, host).toBe(200);
    }
    upstream.requests.length = 0;
  });
});

describe('health endpoints', () => {
  it('/healthz is live and /readyz names the mode and vendors, whatever the Host', async () => {
    const dashboard = createDashboardServer(
      testServerOptions(dist.dir, { gateway: gateway(), allowedHosts: ['localhost:1'] }),
    );
    const live = await dashboard.app.request('/healthz', { headers: { Host: '10.0.0.7:4173' } });
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await dashboard.app.request('/readyz', { headers: { Host: '10.0.0.7:4173' } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', api: 'gateway', vendors: ['trackly'] });
    expect(ready.headers.get('Cache-Control')).toBe('no-store');
    dashboard.beginShutdown();
    const draining = await dashboard.app.request('/readyz');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'shutting-down' });
  });

  it('/readyz answers 503 while the app is not built', async () => {
    const app = createServer(testServerOptions(path.join(dist.dir, 'missing')));
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not-built' });
  });
});

describe('request ids and the JSON log', () => {
  it('echoes a well-formed X-Request-Id, makes one otherwise, and logs one JSON object per request', async () => {
    const options = testServerOptions(dist.dir, { logFormat: 'json', gateway: gateway() });
    const app = createServer(options);
    const echoed = await app.request('/offers', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(echoed.headers.get('X-Request-Id')).toBe('abc-123');
    const made = await app.request('/api/v2/offers', { headers: { 'X-Request-Id': 'bad id <script>' } });
    const madeId = made.headers.get('X-Request-Id') ?? '';
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    const entries = options.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual({
      time: expect.any(String) as string,
      method: 'GET',
      path: '/offers',
      status: 200,
      ms: expect.any(Number) as number,
      requestId: 'abc-123',
    });
    expect(entries).toContainEqual(expect.objectContaining({ path: '/api/v2/offers', status: 200, requestId: madeId }));
    expect(entries).toContainEqual({
      time: expect.any(String) as string,
      msg: expect.stringMatching(/^gateway GET \/api\/v2\/offers 200 \d+ms$/) as string,
    });
    expect(options.lines.join('\n')).not.toContain('trk_opsopsopsops');
    upstream.requests.length = 0;
  });
});

describe('source maps', () => {
  it('are not served unless SOURCE_MAPS is on', async () => {
    const off = createServer(testServerOptions(dist.dir));
    expect((await off.request('/assets/index-AbC123.js.map')).status).toBe(404);
    const on = createServer(testServerOptions(dist.dir, { sourceMaps: true }));
    const res = await on.request('/assets/index-AbC123.js.map');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"version":3}');
  });

  it('a missing file is 404, not the app, even without Accept', async () => {
    const app = createServer(testServerOptions(dist.dir));
    expect((await app.request('/assets/nothing.js.map')).status).toBe(404);
    expect(await (await app.request('/offers')).text()).toBe(INDEX_HTML);
  });
});
