import { HOSTILE_OFFER_ID_LIST, HOSTILE_OFFER_IDS, UNKNOWN_ENUM_OFFER_ID, ENCODED_ID_OFFER_ID } from '../demo-api/data/index.ts';
import { expect, test } from './support/test.ts';

test.describe('untrusted upstream data', () => {
  for (const id of HOSTILE_OFFER_ID_LIST) {
    test(`hostile offer ${id} renders as text and runs nothing`, async ({ page }) => {
      await page.goto(`/offers/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Tracking links' }).getByRole('heading', { name: 'Impression pixel' })).toBeVisible();
      // Only http(s) links exist on the page, and no upstream markup became elements.
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/|#)/);
      await expect(page.locator('main script, main iframe, main [onerror], main [onload]')).toHaveCount(0);
      await expect(page.locator('main img[src="x"]')).toHaveCount(0);
      // The guard fixture fails the test if window.__xss was set or a dialog opened.
    });
  }

  test('javascript: and data: links are shown as inert text with a warning', async ({ page }) => {
    await page.goto(`/offers/${HOSTILE_OFFER_IDS.javascriptUrls}`);
    await expect(page.getByText('javascript: links are blocked').first()).toBeVisible();
    await expect(page.getByText('data: links are blocked').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy tracking link' })).toHaveCount(0);
    await expect(page.getByText(/not a single safe image tag/)).toBeVisible();
  });

  test('a script in the name is shown as text', async ({ page }) => {
    await page.goto(`/offers/${HOSTILE_OFFER_IDS.scriptInName}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
  });

  test('unknown status and payout type are shown as sent', async ({ page }) => {
    await page.goto(`/offers/${UNKNOWN_ENUM_OFFER_ID}`);
    await expect(page.getByText('Status: pending_review')).toBeVisible();
    await expect(page.getByText('cpl', { exact: true })).toBeVisible();
  });

  test('an id with reserved characters is encoded and round-trips', async ({ page }) => {
    await page.goto(`/offers/${encodeURIComponent(ENCODED_ID_OFFER_ID)}`);
    await expect(page.getByText(ENCODED_ID_OFFER_ID, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy tracking link' })).toBeVisible();
  });
});
