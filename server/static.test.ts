import { rm } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { createTempDist, INDEX_HTML, PNG_BYTES, type TempDist } from './testing/temp-dist.ts';
import { testServerOptions } from './testing/server-options.ts';

let dist: TempDist;
let app: ReturnType<typeof createServer>;
const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const JS_PATH = '/assets/index-AbC123.js';

beforeAll(async () => {
  dist = await createTempDist();
  app = createServer(testServerOptions(dist.dir));
});
afterAll(() => dist.cleanup());

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('files and the SPA fallback', () => {
  it('serves index.html at / and for unknown page paths, revalidated on every use', async () => {
    for (const page of ['/', '/offers', '/offers/664f1a2b3c4d5e6f7a8b9c0d', '/settings?x=1']) {
      const res = await app.request(page, { headers: HTML });
      expect(res.status, page).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      // no-cache, not no-store: the page stays eligible for the back-forward cache.
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX_HTML);
    }
  });

  it('serves the app to clients that accept anything or send no Accept (curl, load balancers)', async () => {
    const accepts: Array<Record<string, string>> = [
      {},
      { Accept: '*/*' },
      { Accept: 'text/*' },
      { Accept: 'application/json, */*;q=0.1' },
    ];
    for (const headers of accepts) {
      for (const page of ['/', '/offers', '/settings']) {
        const res = await app.request(page, { headers });
        expect(res.status, `${page} ${JSON.stringify(headers)}`).toBe(200);
        expect(await res.text()).toBe(INDEX_HTML);
      }
    }
  });

  it('answers 404, not index.html, for unknown assets and non-page requests', async () => {
    for (const missing of ['/assets/index-Missing.js', '/assets/', '/assets']) {
      const res = await app.request(missing, { headers: HTML });
      expect(res.status, missing).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    }
    const json = await app.request('/offers', { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(404);
    const noAccept = await app.request('/missing.js');
    expect(noAccept.status).toBe(404);
  });

  it('serves files with their content type and cache policy', async () => {
    const cases: Array<[string, string, string]> = [
      [JS_PATH, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/assets/index-DeF456.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8', 'public, max-age=3600'],
      ['/robots.txt', 'text/plain; charset=utf-8', 'public, max-age=3600'],
      ['/logo.png', 'image/png', 'public, max-age=3600'],
      ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ];
    for (const [file, type, cache] of cases) {
      const res = await app.request(file);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('Content-Type'), file).toBe(type);
      expect(res.headers.get('Cache-Control'), file).toBe(cache);
    }
    const png = await app.request('/logo.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(PNG_BYTES);
    expect(png.headers.get('Content-Encoding')).toBeNull();
    expect(png.headers.get('Vary')).toBeNull();
  });

  it('supports HEAD with the GET headers and no body', async () => {
    const res = await app.request(JS_PATH, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe(String(Buffer.byteLength(dist.files[JS_PATH] ?? '')));
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('');
    const page = await app.request('/offers', { method: 'HEAD', headers: HTML });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it('answers 405 to other methods on the app', async () => {
    const res = await app.request('/', { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('revalidates with ETag', async () => {
    const first = await app.request(JS_PATH, { headers: { 'Accept-Encoding': 'gzip' } });
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await app.request(JS_PATH, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(again.headers.get('Vary')).toBe('Accept-Encoding');
    const otherEncoding = await app.request(JS_PATH, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    expect(otherEncoding.status).toBe(200);
  });

  it('answers 503 with a hint when index.html is missing', async () => {
    const empty = createServer(testServerOptions(path.join(dist.dir, 'no-such-dir')));
    const res = await empty.request('/', { headers: HTML });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('compression', () => {
  const texts = [JS_PATH, '/assets/index-DeF456.css', '/favicon.svg', '/index.html'];

  it('sends brotli and gzip bodies that decompress to the file', async () => {
    for (const file of texts) {
      const original = dist.files[file] ?? '';
      const br = await app.request(file, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(br.headers.get('Content-Encoding'), file).toBe('br');
      expect(br.headers.get('Vary')).toBe('Accept-Encoding');
      const brBody = await bytes(br);
      expect(brBody.length).toBeLessThan(Buffer.byteLength(original));
      expect(br.headers.get('Content-Length')).toBe(String(brBody.length));
      expect(brotliDecompressSync(brBody).toString('utf8')).toBe(original);

      const gz = await app.request(file, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gz.headers.get('Content-Encoding'), file).toBe('gzip');
      expect(gunzipSync(await bytes(gz)).toString('utf8')).toBe(original);
    }
  });

  it('follows q-values and sends identity with Vary when nothing else is acceptable', async () => {
    const preferGzip = await app.request(JS_PATH, { headers: { 'Accept-Encoding': 'br;q=0.5, gzip' } });
    expect(preferGzip.headers.get('Content-Encoding')).toBe('gzip');
    const none = await app.request(JS_PATH, { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
    expect(none.headers.get('Content-Encoding')).toBeNull();
    expect(none.headers.get('Vary')).toBe('Accept-Encoding');
    expect(await none.text()).toBe(dist.files[JS_PATH]);
    const plain = await app.request(JS_PATH);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
  });

  it('compresses the SPA fallback page too', async () => {
    const res = await app.request('/offers', { headers: { ...HTML, 'Accept-Encoding': 'br' } });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(res)).toString('utf8')).toBe(INDEX_HTML);
  });
});

describe('directory traversal', () => {
  const attempts = [
    '/..%2f..%2fetc/passwd',
    '/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252fsecret.txt',
    '/..%c0%afsecret.txt',
    '/%00/secret.txt',
    '/linked-secret.txt',
    '/.env',
    '/%2eenv',
  ];

  it.each(attempts)('%s stays inside dist', async (attempt) => {
    for (const headers of [HTML, {}]) {
      const res = await app.request(attempt, { headers });
      const body = await res.text();
      expect(body).not.toContain(dist.outsideSecret);
      expect(body).not.toContain('root:');
      expect(body).not.toContain('HIDDEN=1');
      expect([200, 404]).toContain(res.status);
      if (res.status === 200) expect(body).toBe(INDEX_HTML);
    }
  });

  it('serves the app, never a file, for a client route holding an encoded slash (opaque offer ids)', async () => {
    const res = await app.request('/offers/legacy%20offer%2F7%3Fx%3D1', { headers: HTML });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('answers 404 for an encoded path asked for as another type', async () => {
    const res = await app.request('/..%2f..%2fetc/passwd', { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(404);
  });

  it('still serves a file whose name is percent-encoded', async () => {
    const res = await app.request('/robots%2Etxt');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(dist.files['/robots.txt']);
  });

  it('notices a file removed after it was cached (no stale copies)', async () => {
    const robots = path.join(dist.dir, 'robots.txt');
    await rm(robots);
    const res = await app.request('/robots.txt');
    expect(res.status).toBe(404);
  });
});
