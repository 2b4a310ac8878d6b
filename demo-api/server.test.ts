import { getRequestListener, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { ENCODED_ID_OFFER_ID, PUBLISHED_OFFER_ID } from './data/ids.ts';
import { parseForceRule } from './force-rules.ts';
import { startDemoApiServer } from './server.ts';
import { linksPath, offerPath } from './test-utils.ts';

describe('over real HTTP', () => {
  it('serves the API on a free port and closes cleanly', async () => {
    const running = await startDemoApiServer({ port: 0 });
    try {
      expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
      const offer = await fetch(`${running.url}${offerPath(PUBLISHED_OFFER_ID)}`);
      expect(offer.status).toBe(200);
      expect(offer.headers.get('cache-control')).toBe('no-store');
      expect(await offer.json()).toMatchObject({ name: 'Summer Promo', payout: 2.5 });
      const encoded = await fetch(`${running.url}${offerPath(ENCODED_ID_OFFER_ID)}`);
      expect(((await encoded.json()) as { id: string }).id).toBe(ENCODED_ID_OFFER_ID);
      const links = await fetch(`${running.url}${linksPath(PUBLISHED_OFFER_ID)}`);
      expect(await links.json()).toMatchObject({ code: 0, message: 'Success' });
      const preflight = await fetch(`${running.url}/v2/offers`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'x-api-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/v2/offers`)).rejects.toThrow();
  });

  it('ends a hanging request when the client disconnects', async () => {
    const app = createDemoApi({ forces: [parseForceRule(`${PUBLISHED_OFFER_ID}=hang`)], hangMs: 60_000 });
    let handled = 0;
    const server = serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch: async (req: Request) => {
        const res = await app.fetch(req);
        handled += 1;
        return res;
      },
    });
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const controller = new AbortController();
      const request = fetch(`${base}${offerPath(PUBLISHED_OFFER_ID)}`, { signal: controller.signal });
      const outcome = request.then(
        () => 'answered',
        () => 'aborted',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(handled).toBe(0);
      controller.abort();
      expect(await outcome).toBe('aborted');
      // The handler finishes right away instead of holding a 60 s timer.
      await expect.poll(() => handled, { timeout: 2000 }).toBe(1);
      expect((await fetch(`${base}/v2/offers?per_page=1`)).status).toBe(200);
    } finally {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('works mounted under /demo-api with getRequestListener', async () => {
    const parent = new Hono().route('/demo-api', createDemoApi({ requireAuth: true }));
    const listener = getRequestListener(parent.fetch);
    const server = createServer((req, res) => {
      void listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo-api`;
    try {
      const denied = await fetch(`${base}/v2/offers`);
      expect(denied.status).toBe(401);
      expect(await denied.json()).toEqual({ error: expect.any(String) as unknown, code: 'missing_api_key' });
      const ok = await fetch(`${base}${offerPath(ENCODED_ID_OFFER_ID)}`, {
        headers: { 'X-Api-Key': 'trk_demo0000000000000000000000000000' },
      });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { id: string }).id).toBe(ENCODED_ID_OFFER_ID);
      const preflight = await fetch(`${base}${linksPath(PUBLISHED_OFFER_ID)}`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('CLI (main.ts)', () => {
  it('prints the URL on one line, serves, and exits 0 on SIGTERM', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'demo-api/main.ts', '--port', '0', '--force', 'list=503'],
      {
        cwd: root,
        env: { ...process.env, DEMO_API_PORT: undefined },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => stdout, { timeout: 15_000, interval: 100 }).toMatch(/Forced: list=503/);
      const lines = stdout.split('\n').filter((l) => l.includes('http://'));
      expect(lines).toHaveLength(1);
      const url = /^Demo API listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines[0] ?? '')?.[1];
      expect(url, stdout + stderr).toBeDefined();
      expect((await fetch(`${url ?? ''}/v2/offers`)).status).toBe(503);
      expect((await fetch(`${url ?? ''}${offerPath(PUBLISHED_OFFER_ID)}`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);

  it('exits 2 with a readable message on a bad flag', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo-api/main.ts', '--error-rate', 'lots'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--error-rate must be a number between 0 and 1');
  }, 30_000);
});
