import { getDemoDataset } from '../demo-api/data/index.ts';
import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';

const dataset = getDemoDataset();
const nonArchived = dataset.offers.filter((offer) => offer.status !== 'archived');
const byStatus = (status: string) => dataset.offers.filter((offer) => offer.status === status);

function rows(page: Page) {
  return page.getByRole('table').getByRole('rowheader');
}

/** The ids of the rows shown, once the page has settled (no dimmed previous rows). */
async function rowIds(page: Page): Promise<string[]> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  return page.getByRole('table').locator('tbody th span.font-mono').allTextContents();
}

test.describe('offers list', () => {
  test('/ leads to the list, which shows the first page of non-archived offers', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/offers$/);
    await expect(rows(page)).toHaveCount(25);
    expect(await rowIds(page)).toEqual(nonArchived.slice(0, 25).map((offer) => offer.id));
    await expect(page.getByText(`${nonArchived.length.toLocaleString('en-US')} non-archived offers`)).toBeVisible();
  });

  test('pages through the whole data set by the URL', async ({ page }) => {
    test.setTimeout(120_000);
    const seen: string[] = [];
    const pages = Math.ceil(nonArchived.length / 100);
    for (let number = 1; number <= pages; number += 1) {
      await page.goto(`/offers?per_page=100&page=${number}`);
      await expect(page.getByText(`Page ${number} of ${pages}`)).toBeVisible();
      await expect(rows(page).first()).toBeVisible();
      seen.push(...(await rowIds(page)));
    }
    expect(seen).toEqual(nonArchived.map((offer) => offer.id));
  });

  test('pages with First, Previous, Next and Last', async ({ page }) => {
    const archived = byStatus('archived');
    const last = Math.ceil(archived.length / 25);
    await page.goto('/offers?status=archived');
    await expect(page.getByRole('button', { name: 'First page' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    expect(await rowIds(page)).toEqual(archived.slice(25, 50).map((offer) => offer.id));
    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(page.getByText(`Page ${last} of ${last}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(await rowIds(page)).toEqual(archived.slice((last - 1) * 25).map((offer) => offer.id));
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByText(`Page ${last - 1} of ${last}`)).toBeVisible();
    await page.getByRole('button', { name: 'First page' }).click();
    await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
  });

  test('each status filter shows what the API returns for it', async ({ page }) => {
    await page.goto('/offers');
    for (const [label, status] of [
      ['Active', 'active'],
      ['Paused', 'paused'],
      ['Archived', 'archived'],
    ] as const) {
      await page.getByLabel('Status').selectOption({ label });
      await expect(page).toHaveURL(new RegExp(`status=${status}`));
      const expected = byStatus(status);
      await expect(page.getByText(`${expected.length.toLocaleString('en-US')} ${status} offers`)).toBeVisible();
      expect(await rowIds(page)).toEqual(expected.slice(0, 25).map((offer) => offer.id));
    }
    await page.getByLabel('Status').selectOption({ label: 'All but archived' });
    await expect(page).toHaveURL(/\/offers$/);
  });

  test('the view lives in the URL: reload and Back restore it', async ({ page }) => {
    await page.goto('/offers');
    await page.getByLabel('Status').selectOption({ label: 'Paused' });
    await page.getByLabel('Rows per page').selectOption('50');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/status=paused&page=2&per_page=50/);
    const idsBefore = await rowIds(page);
    await page.reload();
    await expect(rows(page).first()).toBeVisible();
    expect(await rowIds(page)).toEqual(idsBefore);
    await page.goBack();
    await expect(page).toHaveURL(/status=paused&per_page=50$/);
    await expect(page.getByText('Page 1 of')).toBeVisible();
  });

  test('the quick filter narrows the rows of the page shown', async ({ page, guard }) => {
    await page.goto('/offers?per_page=100');
    await expect(rows(page)).toHaveCount(100);
    const target = nonArchived[42];
    if (!target) throw new Error('dataset too small');
    const requestsBefore = guard.apiRequests().length;
    await page.getByLabel('Filter this page').fill(target.id);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(target.name);
    expect(guard.apiRequests()).toHaveLength(requestsBefore);
  });

  test('Go to offer opens an offer by its id', async ({ page }) => {
    await page.goto('/offers');
    await page.getByLabel('Offer ID').fill('664f1a2b3c4d5e6f7a8b9c0d');
    await page.getByRole('button', { name: 'Open offer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
  });
});

test.describe('instant navigation', () => {
  test('a prefetched offer opens with no skeleton ever rendered', async ({ page }) => {
    await page.addInitScript(() => {
      const flags = window as unknown as { __skeletonSeen?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="offer-detail-skeleton"], [data-testid="tracking-links-skeleton"]')) {
          flags.__skeletonSeen = true;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/offers');
    const first = nonArchived[3];
    if (!first) throw new Error('dataset too small');
    const link = page.getByRole('link', { name: first.name, exact: true });
    const prefetched = page.waitForResponse((response) => response.url().includes(`/offers/${first.id}/tracking_links`));
    await link.hover();
    await prefetched;
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy offer tracking URL' }).or(page.getByText('links are blocked').first())).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __skeletonSeen?: boolean }).__skeletonSeen ?? false)).toBe(false);
  });

  test('Back restores the list, its filter and its scroll position', async ({ page, guard }) => {
    await page.goto('/offers?per_page=100');
    await expect(rows(page)).toHaveCount(100);
    await page.getByLabel('Filter this page').fill('a');
    const target = page.getByRole('table').getByRole('link').nth(40);
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const countBefore = await rows(page).count();
    await target.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const listRequests = guard.apiRequests().filter((request) => /\/v2\/offers\?/.test(request)).length;

    await page.goBack();
    await expect(page.getByLabel('Filter this page')).toHaveValue('a');
    await expect(rows(page)).toHaveCount(countBefore);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore - 50);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore + 50);
    // The list came from the cache: no new list request, no skeleton.
    expect(guard.apiRequests().filter((request) => /\/v2\/offers\?/.test(request))).toHaveLength(listRequests);
  });

  test('previous and next offer, by button and by keyboard, with a help dialog', async ({ page }) => {
    await page.goto('/offers');
    const [a, b, c] = nonArchived;
    if (!a || !b || !c) throw new Error('dataset too small');
    await page.getByRole('link', { name: b.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: b.name })).toBeVisible();
    await page.getByRole('link', { name: 'Next offer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { level: 1, name: b.name })).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { level: 1, name: a.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Previous offer' })).toHaveCount(0);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('u');
    await expect(page.getByRole('heading', { level: 1, name: 'Offers' })).toBeVisible();
  });

  test('recently viewed offers return in one click', async ({ page }) => {
    await page.goto('/offers/664f1a2b3c4d5e6f7a8b9c0d');
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to offers' }).click();
    const recent = page.getByRole('navigation', { name: 'Recently viewed offers' });
    await recent.getByRole('link', { name: 'Summer Promo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
  });
});
