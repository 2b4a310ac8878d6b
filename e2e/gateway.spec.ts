import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { PUBLISHED_OFFER_ID } from '../demo-api/data/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test.ts';

const DIST = path.resolve(import.meta.dirname, '..', 'dist');

function listFiles(directory: string, prefix = ''): string[] {
  // Dot folders (Vite's manifest) are never served.
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    );
}

const SECRETS = [
  DEFAULT_TRACKLY_KEY,
  DEFAULT_OFFERSLOOK_KEY,
  Buffer.from(`${DEFAULT_OFFERSLOOK_EMAIL}:${DEFAULT_OFFERSLOOK_KEY}`).toString('base64'),
];

test.describe('production server in gateway mode', () => {
  test('every page works through /api, and no browser request or response carries a credential', async ({ page }) => {
    const leaks: string[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['x-api-key'] || headers.authorization) leaks.push(`credential header on ${request.url()}`);
      if (SECRETS.some((secret) => request.url().includes(secret))) leaks.push(`secret in ${request.url()}`);
    });
    const bodiesRead: Array<Promise<void>> = [];
    page.on('response', (response) => {
      bodiesRead.push(
        response
          .text()
          .catch(() => '')
          .then((text) => {
            const headers = JSON.stringify(response.headers());
            if (SECRETS.some((secret) => text.includes(secret) || headers.includes(secret)))
              leaks.push(`secret in ${response.url()}`);
          }),
      );
    });

    await page.goto('/offers');
    await expect(page.getByRole('contentinfo')).toContainText('/api (from config.json)');
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(25);
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
    // The upstream requires both vendors' credentials: these answers prove the gateway added them.
    await expect(page.getByRole('button', { name: 'Copy tracking link' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText(/^Connected\./)).toBeVisible();
    await Promise.all(bodiesRead);
    expect(bodiesRead.length).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  });

  test('the config, the bundle and the page hold no key', async ({ request, page }) => {
    const config = await request.get('/config.json');
    expect(await config.json()).toEqual({ apiBaseUrl: '/api', credentialsOnServer: ['trackly', 'offerslook'] });
    await page.goto('/offers');
    const html = await (await request.get('/offers')).text();
    for (const secret of SECRETS) expect(html).not.toContain(secret);
    // Every file the build produced, lazy chunks included, fetched from the server as a
    // browser would (its .br/.gz copies are the same bytes, served by Accept-Encoding).
    // Source maps are built but not served; they are read from disk instead.
    const files = listFiles(DIST).filter((file) => file !== 'index.html' && !/\.(br|gz)$/.test(file));
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(3);
    for (const file of files) {
      const response = await request.get(`/${file}`);
      const isMap = file.endsWith('.map');
      expect(response.status(), file).toBe(isMap ? 404 : 200);
      const body = isMap ? readFileSync(path.join(DIST, file), 'utf8') : await response.text();
      for (const secret of SECRETS) expect(body, file).not.toContain(secret);
    }
  });

  test('each page names its route chunk for preloading, and the browser uses it', async ({ page, request }) => {
    const routes: Array<[string, RegExp]> = [
      // The page's own chunk (name, then its 8-character hash), not its "-parts" file.
      ['/offers', /^\/assets\/offers-route-[\w-]{8}\.js$/],
      [`/offers/${PUBLISHED_OFFER_ID}`, /^\/assets\/offer-detail-route-[\w-]{8}\.js$/],
      ['/settings', /^\/assets\/settings-page-[\w-]{8}\.js$/],
    ];
    for (const [route, chunk] of routes) {
      const html = await (await request.get(route, { headers: { Accept: 'text/html' } })).text();
      const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
        (match) => match[1] ?? '',
      );
      expect(
        preloads.filter((href) => chunk.test(href)),
        route,
      ).toHaveLength(1);
    }
    const chunkRequests: string[] = [];
    page.on('request', (req) => {
      if (/\/offer-detail-route-[\w-]{8}\.js$/.test(req.url())) chunkRequests.push(req.url());
    });
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
    expect(chunkRequests, 'the preloaded chunk is fetched once, not again by the app').toHaveLength(1);
  });

  test('only the three documented endpoints pass, and only for GET', async ({ request }) => {
    expect((await request.get('/api/v2/offers?per_page=1')).status()).toBe(200);
    expect((await request.get('/api/v2/admin')).status()).toBe(404);
    expect((await request.get('/api/v2/offers/x/..%2F..%2Fadmin')).status()).not.toBe(200);
    expect((await request.get('/api/anything/else')).status()).toBe(404);
    expect((await request.post('/api/v2/offers', { data: {} })).status()).toBe(405);
    // HEAD would cost the vendor a full GET with the operator's keys: refused too.
    const head = await request.head('/api/v2/offers?per_page=1');
    expect(head.status()).toBe(405);
    expect(head.headers().allow).toBe('GET');
  });

  test('pages carry the security headers and a CSP without inline script or eval', async ({ request }) => {
    for (const path of [
      '/offers',
      `/offers/${PUBLISHED_OFFER_ID}`,
      '/settings',
      '/api/v2/offers?per_page=1',
      '/config.json',
    ]) {
      const response = await request.get(path, { headers: { Accept: 'text/html' } });
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      const policies = (headers['permissions-policy'] ?? '').split(',').map((entry) => entry.trim());
      expect(policies, path).toContain('clipboard-write=(self)');
      expect(policies.length, path).toBeGreaterThan(20);
      expect(
        policies.filter((entry) => entry !== 'clipboard-write=(self)' && !entry.endsWith('=()')),
        path,
      ).toEqual([]);
    }
  });
});
