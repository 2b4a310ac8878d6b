import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../app.ts';
import { createTempDist, INDEX_HTML, type TempDist } from '../testing/temp-dist.ts';
import { testServerOptions } from '../testing/server-options.ts';

const HTML = { Accept: 'text/html' };
const MANIFEST = {
  'index.html': { file: 'assets/index-AbC123.js', isEntry: true },
  _shared: { file: 'assets/shared-Zz9.js' },
  'src/app/routes/offers-route.tsx': { file: 'assets/offers-page-Qq1.js', imports: ['index.html', '_shared'] },
  'src/app/routes/offer-detail-route.tsx': {
    file: 'assets/offer-detail-page-Ww2.js',
    imports: ['index.html', '_shared'],
  },
};

let dist: TempDist;
let app: ReturnType<typeof createServer>;

beforeAll(async () => {
  dist = await createTempDist();
  await mkdir(path.join(dist.dir, '.vite'));
  await writeFile(path.join(dist.dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  app = createServer(testServerOptions(dist.dir));
});
afterAll(() => dist.cleanup());

function preloads(html: string): string[] {
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1] ?? '');
}

describe('index.html per route', () => {
  it('names the route chunk and its imports as modulepreload links, so they load alongside the entry', async () => {
    const list = await (await app.request('/offers', { headers: HTML })).text();
    expect(preloads(list)).toEqual(['/assets/offers-page-Qq1.js', '/assets/shared-Zz9.js']);
    const detail = await (await app.request('/offers/664f1a2b3c4d5e6f7a8b9c0d', { headers: HTML })).text();
    expect(preloads(detail)).toEqual(['/assets/offer-detail-page-Ww2.js', '/assets/shared-Zz9.js']);
    expect(detail.replace(/ {4}<link rel="modulepreload"[^\n]*\n/g, '')).toBe(INDEX_HTML);
  });

  it('serves one stable, compressible variant per route and plain index.html elsewhere', async () => {
    // Variants are made at run time, so they come gzipped on the fly (brotli is for the build's files).
    const first = await app.request('/offers/a', { headers: { ...HTML, 'Accept-Encoding': 'br, gzip' } });
    const second = await app.request('/offers/b', { headers: { ...HTML, 'Accept-Encoding': 'br, gzip' } });
    expect(first.headers.get('ETag')).toBe(second.headers.get('ETag'));
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await app.request('/offers/c', {
      headers: { ...HTML, 'Accept-Encoding': 'br, gzip', 'If-None-Match': first.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
    expect(await (await app.request('/no-such-page', { headers: HTML })).text()).toBe(INDEX_HTML);
  });

  it('never serves the manifest itself', async () => {
    expect((await app.request('/.vite/manifest.json')).status).toBe(404);
  });
});
