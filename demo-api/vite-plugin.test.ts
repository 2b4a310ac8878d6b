import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview, type InlineConfig } from 'vite';
import { PUBLISHED_OFFER_ID } from './data/ids.ts';
import { DEMO_API_MOUNT, demoApiPlugin } from './vite-plugin.ts';

let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'demo-api-plugin-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>app</title>');
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

function origin(address: AddressInfo | string | null | undefined): string {
  if (!address || typeof address === 'string') throw new Error('server is not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}

async function expectDemoApi(base: string) {
  const res = await fetch(`${base}${DEMO_API_MOUNT}/v2/offers/${PUBLISHED_OFFER_ID}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await res.json()).toMatchObject({ id: PUBLISHED_OFFER_ID, name: 'Summer Promo' });
}

/** What the dev server and the preview server are both given: no config file, the built app, our plugin. */
function sharedConfig(): InlineConfig {
  return { configFile: false, logLevel: 'silent', root: dist, plugins: [demoApiPlugin()] };
}

describe('demoApiPlugin', () => {
  it('serves the demo API under /demo-api in the dev server (npm start)', async () => {
    const server = await createServer({
      ...sharedConfig(),
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    await server.listen();
    try {
      await expectDemoApi(origin(server.httpServer?.address()));
      // The admin routes only with DEMO_API_ADMIN=1.
      const reset = await fetch(`${origin(server.httpServer?.address())}${DEMO_API_MOUNT}/__admin/reset`, {
        method: 'POST',
      });
      expect(reset.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('serves it in `vite preview` too, next to the built app', async () => {
    const server = await preview({
      ...sharedConfig(),
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port: 0 },
    });
    try {
      await expectDemoApi(origin(server.httpServer.address()));
      expect(await (await fetch(`${origin(server.httpServer.address())}/offers`)).text()).toContain(
        '<title>app</title>',
      );
    } finally {
      await server.close();
    }
  });
});
