import { HOSTILE_OFFER_IDS, MISSING_OFFER_ID, NOT_APPROVED_OFFER_IDS, PUBLISHED_OFFER_ID } from '../demo-api/data/index.ts';
import { FAULT_IDS } from './support/fault-ids.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const PAGES: Array<[string, string, string]> = [
  ['offers list', '/offers', 'Offers'],
  ['offer detail', `/offers/${PUBLISHED_OFFER_ID}`, 'Summer Promo'],
  ['hostile offer', `/offers/${HOSTILE_OFFER_IDS.javascriptUrls}`, 'Hostile'],
  ['not approved', `/offers/${NOT_APPROVED_OFFER_IDS[0] ?? ''}`, ''],
  ['not found', `/offers/${MISSING_OFFER_ID}`, 'Not found'],
  ['unauthorized', `/offers/${FAULT_IDS.unauthorized}`, 'Not signed in to the API'],
  ['server error', `/offers/${FAULT_IDS.serverError}`, 'The API had a problem'],
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

  test('the shortcuts dialog has no axe violations', async ({ page }) => {
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'shortcuts dialog');
  });

  test('keyboard only: open an offer from the list and copy its tracking link', async ({ page }) => {
    await page.goto('/offers');
    await expect(page.getByRole('table')).toBeVisible();
    // Tab until the first offer link in the table has focus.
    const firstLink = page.getByRole('table').getByRole('link').first();
    const name = (await firstLink.textContent()) ?? '';
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await firstLink.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    const copy = page.getByRole('button', { name: 'Copy tracking link', exact: true });
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
    expect(await readClipboard(page)).toMatch(/^https?:\/\//);
  });

  test('theme toggle switches to dark and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/offers');
    await page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('works at 360 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/offers');
    await expect(page.getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0);
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await expect(page.getByRole('button', { name: 'Copy tracking link' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
