import { mkdir, writeFile } from 'node:fs/promises';
import type * as Zlib from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardServer } from '../app.ts';
import { createTempDist, type TempDist } from '../testing/temp-dist.ts';
import { testServerOptions } from '../testing/server-options.ts';
import { createFileStore } from './file-store.ts';
import { precompressBuild } from './precompress.ts';

/** Every compression the server runs, by coding and input size. */
const compressions = vi.hoisted(() => [] as Array<{ coding: 'br' | 'gzip'; bytes: number }>);

vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof Zlib>();
  return {
    ...zlib,
    brotliCompress: (input: Uint8Array, options: object, callback: (error: Error | null, result: Buffer) => void) => {
      compressions.push({ coding: 'br', bytes: input.byteLength });
      zlib.brotliCompress(input, options, callback);
    },
    gzip: (input: Uint8Array, options: object, callback: (error: Error | null, result: Buffer) => void) => {
      compressions.push({ coding: 'gzip', bytes: input.byteLength });
      zlib.gzip(input, options, callback);
    },
  };
});

const JS_PATH = '/assets/index-AbC123.js';
const BR = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
let dist: TempDist;

beforeAll(async () => {
  dist = await createTempDist();
  await writeFile(path.join(dist.dir, 'assets', 'index-AbC123.js.map'), '{"version":3}'.repeat(100));
  await mkdir(path.join(dist.dir, 'assets', 'nested'));
  await writeFile(path.join(dist.dir, 'assets', 'nested', 'chunk-Zz9.js'), 'export const lazy = 1;\n'.repeat(200));
});
afterAll(() => dist.cleanup());
beforeEach(() => {
  compressions.length = 0;
});

describe('precompressing the build', () => {
  it('compresses every text file of dist/ in both encodings, index.html and what it loads first', async () => {
    const server = createDashboardServer(testServerOptions(dist.dir));
    const summary = await server.precompress();
    expect(summary.files).toEqual([
      '/index.html',
      JS_PATH,
      '/assets/index-DeF456.css',
      '/assets/nested/chunk-Zz9.js',
      '/favicon.svg',
      '/robots.txt',
    ]);
    expect(summary.skipped).toBe(0);
    // /config.json, then six files; each in brotli and gzip.
    expect(compressions).toHaveLength(14);
    expect(compressions.filter((entry) => entry.coding === 'br')).toHaveLength(7);
  });

  it('leaves out source maps, binary files, dotfiles and symlinks', async () => {
    const summary = await createDashboardServer(testServerOptions(dist.dir)).precompress();
    for (const left of ['/assets/index-AbC123.js.map', '/logo.png', '/.env', '/linked-secret.txt']) {
      expect(summary.files).not.toContain(left);
    }
    expect(compressions.map((entry) => entry.bytes)).not.toContain(Buffer.byteLength(dist.outsideSecret));
  });

  it('serves the first request from the cache, without compressing again', async () => {
    const server = createDashboardServer(testServerOptions(dist.dir));
    await server.precompress();
    compressions.length = 0;
    for (const urlPath of ['/', JS_PATH, '/assets/index-DeF456.css']) {
      const res = await server.app.request(urlPath, { headers: { ...BR, Accept: 'text/html' } });
      expect(res.status, urlPath).toBe(200);
      expect(res.headers.get('Content-Encoding'), urlPath).toBe('br');
    }
    // Too small to shrink, but decided already: served as it is, with nothing to compress.
    expect((await server.app.request('/config.json', { headers: BR })).status).toBe(200);
    const gzip = await server.app.request(JS_PATH, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(compressions).toEqual([]);
  });

  it('without it, the first request pays for the compression', async () => {
    const server = createDashboardServer(testServerOptions(dist.dir));
    const res = await server.app.request(JS_PATH, { headers: BR });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(compressions).toEqual([{ coding: 'br', bytes: Buffer.byteLength(dist.files[JS_PATH] ?? '') }]);
  });

  it('stays within its memory bounds, leaving the rest for first use', async () => {
    const store = createFileStore(dist.dir);
    const jsBytes = Buffer.byteLength(dist.files[JS_PATH] ?? '');
    const bigFilesLeft = await precompressBuild(dist.dir, store, [], { maxFileBytes: jsBytes - 1, maxTotalBytes: 1024 * 1024 });
    expect(bigFilesLeft.files).not.toContain(JS_PATH);
    expect(bigFilesLeft.files).toContain('/index.html');
    expect(bigFilesLeft.skipped).toBeGreaterThan(0);

    const budget = 1024;
    const bounded = await precompressBuild(dist.dir, createFileStore(dist.dir), [], { maxFileBytes: budget, maxTotalBytes: budget });
    expect(bounded.bytes).toBeLessThanOrEqual(budget);
    expect(bounded.files.length + bounded.skipped).toBe(6);
  });

  it('finishes quietly when there is no build', async () => {
    const summary = await createDashboardServer(testServerOptions(path.join(dist.dir, 'missing'))).precompress();
    expect(summary).toMatchObject({ files: [], bytes: 0, skipped: 0 });
  });
});
