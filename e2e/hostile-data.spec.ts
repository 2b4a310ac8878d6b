import {
  HOSTILE_OFFER_ID_LIST,
  HOSTILE_OFFER_IDS,
  UNKNOWN_ENUM_OFFER_ID,
  ENCODED_ID_OFFER_ID,
  OFF_CONTRACT_OFFER_ID,
} from '../demo-api/data/index.ts';
import { getDemoDataset } from '../demo-api/data/index.ts';
import { expect, readClipboard, test } from './support/test.ts';

test.describe('untrusted upstream data', () => {
  for (const id of HOSTILE_OFFER_ID_LIST) {
    test(`hostile offer ${id} renders as text and runs nothing`, async ({ page }) => {
      await page.goto(`/offers/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Tracking links' }).getByRole('heading', { name: 'Impression pixel' }),
      ).toBeVisible();
      // Only http(s) links exist on the page, and no upstream markup became elements.
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
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

  for (const width of [360, 1280]) {
    test(`no value from the API makes a page scroll sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // The list page holding the hostile offers (25 a page, newest first), then each offer.
      const listIndex = getDemoDataset()
        .offers.filter((offer) => offer.status !== 'archived')
        .findIndex((offer) => offer.id === HOSTILE_OFFER_IDS.unbrokenText);
      await page.goto(`/offers?page=${Math.floor(listIndex / 25) + 1}`);
      await expect(page.getByRole('link', { name: /^Hostile: W{500}/ })).toBeVisible();
      const pages = [['list', page.url()], ...HOSTILE_OFFER_ID_LIST.map((id) => [id, `/offers/${id}`])];
      for (const [name, url] of pages) {
        if (name !== 'list') {
          await page.goto(url as string);
          await expect(page.getByRole('heading', { name: 'Impression pixel' })).toBeVisible();
          await expect(page.getByRole('heading', { name: 'Metadata', exact: true })).toBeVisible();
        }
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.scroll, `${name} at ${width} px`).toBeLessThanOrEqual(widths.client);
      }
    });
  }

  test('metadata nested 1,000 levels shows eight and copies the rest as JSON', async ({ page }) => {
    await page.goto(`/offers/${HOSTILE_OFFER_IDS.deepMetadata}`);
    const metadata = page.getByRole('table', { name: /metadata/i });
    await expect(metadata.getByText('nested 992 more levels')).toBeVisible();
    const copy = metadata.getByRole('button', { name: /^Copy tree(\.level){8} as JSON$/ });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    const offer = getDemoDataset().offersById.get(HOSTILE_OFFER_IDS.deepMetadata);
    let expected: unknown = offer?.metadata.tree;
    for (let level = 0; level < 8; level += 1) expected = (expected as { level: unknown }).level;
    expect(JSON.parse(await readClipboard(page))).toEqual(expected);
  });

  test('an offer off the contract shows what is usable and says what was not', async ({ page }) => {
    await page.goto(`/offers/${OFF_CONTRACT_OFFER_ID}`);
    const offer = page.getByRole('region', { name: 'Offer' });
    await expect(offer.getByText('$3.10', { exact: true })).toBeVisible();
    await page.getByText('2 fields were not as documented').click();
    await expect(page.getByText('Trackly sent payout as text: "3.10" (shown as a number)')).toBeVisible();
    await expect(page.getByText('Trackly did not send filter_bots')).toBeVisible();
    const links = page.getByRole('region', { name: 'Tracking links' });
    await expect(links.getByRole('button', { name: 'Copy tracking link' })).toBeVisible();
    await expect(links.getByRole('heading', { name: 'Landing pages (2)' })).toBeVisible();
    await expect(
      links.getByText(/1 landing page that could not be read: entry 2, tracking_link missing/),
    ).toBeVisible();
  });
});
