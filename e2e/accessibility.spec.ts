import {
  HOSTILE_OFFER_IDS,
  MISSING_OFFER_ID,
  NOT_APPROVED_OFFER_IDS,
  PUBLISHED_OFFER_ID,
} from '../demo-api/data/index.ts';
import type { Route } from '@playwright/test';
import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY } from '../demo-api/options.ts';
import { AppShell } from './pages/app-shell.ts';
import { LinkBuilder } from './pages/link-builder.ts';
import { OfferPage } from './pages/offer-page.ts';
import { OffersList } from './pages/offers-list.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { FAULT_IDS, LINKS_FAILING_OFFER } from './support/fault-ids.ts';
import { APP_URL, AUTH_API_URL, UNREACHABLE_API_URL } from './support/ports.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const PAGES: Array<[string, string, string]> = [
  ['offers list', '/offers', 'Offers'],
  ['offer detail', `/offers/${PUBLISHED_OFFER_ID}`, 'Summer Promo'],
  ['hostile offer', `/offers/${HOSTILE_OFFER_IDS.javascriptUrls}`, 'Hostile'],
  ['not approved', `/offers/${NOT_APPROVED_OFFER_IDS[0] ?? ''}`, 'Tracking links'],
  ['tracking links failing', `/offers/${LINKS_FAILING_OFFER.id}`, 'Tracking links'],
  ['not found', `/offers/${MISSING_OFFER_ID}`, 'Not found'],
  ['unauthorized', `/offers/${FAULT_IDS.unauthorized}`, 'Not signed in to the API'],
  ['forbidden', `/offers/${FAULT_IDS.suspended}`, 'Access denied'],
  ['server error', `/offers/${FAULT_IDS.serverError}`, 'The API had a problem'],
  ['HTML error page', `/offers/${FAULT_IDS.htmlError}`, 'The API had a problem'],
  ['unreadable body', `/offers/${FAULT_IDS.malformed}`, 'The API sent something unreadable'],
  ['unexpected shape', `/offers/${FAULT_IDS.shape}`, 'The API sent something unexpected'],
  ['settings', '/settings?reason=unauthorized', 'Settings'],
  ['page not found', '/no-such-page', 'Page not found'],
];

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [state, url, heading] of PAGES) {
      test(`${state} has no axe violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible({ timeout: 15_000 });
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expectAccessible(page, `${state} (${scheme})`);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the shortcuts dialog and the open link builder have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const offer = new OfferPage(page);
      const builder = new LinkBuilder(page);
      await offer.goto(PUBLISHED_OFFER_ID);
      await expect(offer.heading('Summer Promo')).toBeVisible();
      await offer.keyboardShortcuts.click();
      await expect(offer.shortcutsDialog).toBeVisible();
      await expectAccessible(page, `shortcuts dialog (${scheme})`);
      await page.keyboard.press('Escape');
      await expect(offer.shortcutsDialog).toBeHidden();

      await builder.show.click();
      await expect(builder.builtLink).toBeVisible({ timeout: 15_000 });
      await expectAccessible(page, `link builder (${scheme})`);
    });

    test(`list error and empty states have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // The list endpoint is shared by every test, so its failures are made here, at
      // the network layer, in the gateway's own error format.
      const states: Array<[string, (route: Route) => Promise<void>, string]> = [
        [
          '500',
          (route) => route.fulfill({ status: 500, json: { error: 'Internal error', code: 'server_error' } }),
          'The API had a problem',
        ],
        [
          '401',
          (route) => route.fulfill({ status: 401, json: { error: 'Invalid API key', code: 'unauthorized' } }),
          'Not signed in to the API',
        ],
        [
          'shape',
          (route) => route.fulfill({ status: 200, json: { data: 'nope' } }),
          'The API sent something unexpected',
        ],
        [
          'empty',
          (route) =>
            route.fulfill({
              status: 200,
              json: { offers: [], pagination: { page: 1, per_page: 25, total: 0, total_pages: 0 } },
            }),
          '',
        ],
      ];
      let respond: ((route: Route) => Promise<void>) | undefined;
      await page.route(/\/api\/v2\/offers\?/, (route) => (respond ? respond(route) : route.continue()));
      for (const [state, answer, heading] of states) {
        respond = answer;
        await page.goto(`/offers?status=paused&state=${state}`);
        if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible({ timeout: 15_000 });
        else await expect(page.getByText('No paused offers.')).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expectAccessible(page, `list ${state} (${scheme})`);
      }
    });

    test(`Settings results have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const settings = new SettingsPage(page);
      await settings.goto();
      const baseUrl = settings.apiBaseUrl;
      const results: Array<[string, string]> = [
        [AUTH_API_URL, 'Unauthorized'],
        [UNREACHABLE_API_URL, 'Unreachable'],
        [`${APP_URL}/offers`, 'Not an offers API'],
      ];
      for (const [url, result] of results) {
        await baseUrl.fill(url);
        await settings.testConnection.click();
        await expect(page.getByText(`${result}.`, { exact: true })).toBeVisible({ timeout: 15_000 });
        await expectAccessible(page, `Settings: ${result} (${scheme})`);
      }
      await baseUrl.fill('ftp://example.com/');
      await settings.save.click();
      await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page, `Settings: invalid URL (${scheme})`);
    });
  }

  test('keyboard only: open an offer from the list and copy its tracking link', async ({ page, request }) => {
    const list = new OffersList(page);
    const offer = new OfferPage(page);
    await list.goto();
    await expect(list.table).toBeVisible();
    // Tab until the first offer link in the table has focus.
    const firstLink = list.table.getByRole('link').first();
    const name = (await firstLink.textContent()) ?? '';
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await firstLink.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(firstLink).toBeFocused();
    const offerId = decodeURIComponent((await firstLink.getAttribute('href'))?.replace(/^\/offers\//, '') ?? '');
    const answer = await request.get(`${AUTH_API_URL}/aff/v1/offers/${encodeURIComponent(offerId)}/tracking_links`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${DEFAULT_OFFERSLOOK_EMAIL}:${DEFAULT_OFFERSLOOK_KEY}`).toString('base64')}`,
      },
    });
    const expected = ((await answer.json()) as { data: { tracking_link: { url: string } } }).data.tracking_link.url;
    await page.keyboard.press('Enter');
    await expect(offer.heading(name)).toBeVisible();

    const copy = offer.copy('tracking link');
    await expect(copy).toBeVisible();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      if (await copy.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(copy).toBeFocused();
    // Focus is visible: the outline is drawn.
    expect(await copy.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(copy).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(expected);
  });

  test('theme toggle switches to dark and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await new OffersList(page).goto();
    await new AppShell(page).theme.selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  // 360 px is a small phone; 640 px is a 1280 px window at 200% zoom.
  for (const width of [360, 640]) {
    test(`works at ${String(width)} px wide: list, offer with the link builder open, Settings`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const list = new OffersList(page);
      const offer = new OfferPage(page);
      const builder = new LinkBuilder(page);
      await list.goto();
      await expect(list.table).toBeVisible();
      expect(await overflow(), 'the list does not scroll sideways').toBeLessThanOrEqual(0);
      await offer.goto(PUBLISHED_OFFER_ID);
      await expect(offer.copy('tracking link')).toBeVisible();
      await builder.show.click();
      await expect(builder.builtLink).toBeVisible({ timeout: 15_000 });
      expect(await overflow(), 'the offer page does not scroll sideways').toBeLessThanOrEqual(0);
      await new SettingsPage(page).goto();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      expect(await overflow(), 'Settings does not scroll sideways').toBeLessThanOrEqual(0);
    });
  }
});
