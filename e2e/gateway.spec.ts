import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { PUBLISHED_OFFER_ID } from '../demo-api/data/index.ts';
import { expect, test } from './support/test.ts';

const SECRETS = [DEFAULT_TRACKLY_KEY, DEFAULT_OFFERSLOOK_KEY, Buffer.from(`${DEFAULT_OFFERSLOOK_EMAIL}:${DEFAULT_OFFERSLOOK_KEY}`).toString('base64')];

test.describe('production server in gateway mode', () => {
  test('every page works through /api, and no browser request or response carries a credential', async ({ page }) => {
    const leaks: string[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['x-api-key'] || headers.authorization) leaks.push(`credential header on ${request.url()}`);
      if (SECRETS.some((secret) => request.url().includes(secret))) leaks.push(`secret in ${request.url()}`);
    });
    page.on('response', async (response) => {
      const text = await response.text().catch(() => '');
      const headers = JSON.stringify(response.headers());
      if (SECRETS.some((secret) => text.includes(secret) || headers.includes(secret))) leaks.push(`secret in ${response.url()}`);
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
    expect(leaks).toEqual([]);
  });

  test('the config, the bundle and the page hold no key', async ({ request, page }) => {
    const config = await request.get('/config.json');
    expect(await config.json()).toEqual({ apiBaseUrl: '/api' });
    await page.goto('/offers');
    const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? ''));
    for (const src of scripts) {
      const body = await (await request.get(src)).text();
      for (const secret of SECRETS) expect(body).not.toContain(secret);
    }
  });

  test('only the three documented endpoints pass, and only for GET', async ({ request }) => {
    expect((await request.get('/api/v2/offers?per_page=1')).status()).toBe(200);
    expect((await request.get('/api/v2/admin')).status()).toBe(404);
    expect((await request.get('/api/v2/offers/x/..%2F..%2Fadmin')).status()).not.toBe(200);
    expect((await request.get('/api/anything/else')).status()).toBe(404);
    expect((await request.post('/api/v2/offers', { data: {} })).status()).toBe(405);
  });

  test('pages carry the security headers and a CSP without inline script or eval', async ({ request }) => {
    for (const path of ['/offers', `/offers/${PUBLISHED_OFFER_ID}`, '/settings', '/api/v2/offers?per_page=1', '/config.json']) {
      const response = await request.get(path, { headers: { Accept: 'text/html' } });
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['permissions-policy'], path).toContain('clipboard-write=(self)');
    }
  });
});
