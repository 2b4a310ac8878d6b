import { getDemoDataset } from '../demo-api/data/index.ts';
import { DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { AUTH_API_URL } from './support/ports.ts';
import { expect, test } from './support/test.ts';
import type { APIRequestContext } from '@playwright/test';
import { OfferPage } from './pages/offer-page.ts';
import { OffersList } from './pages/offers-list.ts';

const dataset = getDemoDataset();
const nonArchived = dataset.offers.filter((offer) => offer.status !== 'archived');
const byStatus = (status: string) => dataset.offers.filter((offer) => offer.status === status);

/**
 * Every offer id the running demo API lists for `status` (undefined: its default, all
 * but archived), in its order: the answer the app's rows are checked against, asked
 * for directly with the API's key, page by page.
 */
async function apiIds(request: APIRequestContext, status?: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const url = new URL('/v2/offers', AUTH_API_URL);
    if (status) url.searchParams.set('status', status);
    url.searchParams.set('page', String(page));
    url.searchParams.set('per_page', '100');
    const response = await request.get(url.toString(), { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY } });
    expect(response.status(), `GET ${url.pathname}${url.search}`).toBe(200);
    const body = (await response.json()) as {
      offers: Array<{ id: string }>;
      pagination: { total: number; total_pages: number };
    };
    ids.push(...body.offers.map((offer) => offer.id));
    if (page >= body.pagination.total_pages) {
      expect(ids).toHaveLength(body.pagination.total);
      return ids;
    }
  }
}

test.describe('offers list', () => {
  test('/ leads to the list, which shows the first page of non-archived offers', async ({ page }) => {
    const list = new OffersList(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/offers$/);
    await expect(list.rows).toHaveCount(25);
    expect(await list.rowIds()).toEqual(nonArchived.slice(0, 25).map((offer) => offer.id));
    await expect(page.getByText(`${nonArchived.length.toLocaleString('en-US')} non-archived offers`)).toBeVisible();
  });

  test('pages through the whole data set by the URL, archived offers too', async ({ page, request }) => {
    test.setTimeout(120_000);
    const list = new OffersList(page);
    for (const status of [undefined, 'archived']) {
      const expected = await apiIds(request, status);
      const seen: string[] = [];
      const pages = Math.ceil(expected.length / 100);
      for (let number = 1; number <= pages; number += 1) {
        await list.goto(`${status ? `status=${status}&` : ''}per_page=100&page=${number}`);
        await expect(page.getByText(`Page ${number} of ${pages}`)).toBeVisible();
        await expect(list.rows.first()).toBeVisible();
        seen.push(...(await list.rowIds()));
      }
      expect(seen, `every ${status ?? 'non-archived'} offer, in the API's order`).toEqual(expected);
    }
  });

  test('Next walks the whole list, keeps keyboard focus, and is unavailable on the last page', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const list = new OffersList(page);
    const expected = await apiIds(request);
    const pages = Math.ceil(expected.length / 100);
    await list.goto('per_page=100');
    await expect(list.rows).toHaveCount(100);
    const seen = await list.rowIds();
    const next = list.pager('Next');
    await next.focus();
    for (let number = 2; (await next.getAttribute('aria-disabled')) !== 'true'; number += 1) {
      expect(number, 'Next became unavailable after the last page').toBeLessThanOrEqual(pages);
      await page.keyboard.press('Enter');
      await expect(page.getByText(`Page ${number} of ${pages}`)).toBeVisible();
      seen.push(...(await list.rowIds()));
      await expect(next).toBeFocused();
    }
    await expect(page.getByText(`Page ${pages} of ${pages}`)).toBeVisible();
    expect(seen).toEqual(expected);
    // Unavailable, yet still focused, and pressing it again does nothing.
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]page=${pages}(&|$)`));
    await expect(page.getByText(`Page ${pages} of ${pages}`)).toBeVisible();
  });

  test('pages with First, Previous, Next and Last', async ({ page }) => {
    const archived = byStatus('archived');
    const last = Math.ceil(archived.length / 25);
    const list = new OffersList(page);
    await list.goto('status=archived');
    await expect(list.pager('First')).toHaveAttribute('aria-disabled', 'true');
    await expect(list.pager('Previous')).toHaveAttribute('aria-disabled', 'true');
    await list.pager('Next').click();
    await expect(page).toHaveURL(/page=2/);
    expect(await list.rowIds()).toEqual(archived.slice(25, 50).map((offer) => offer.id));
    await list.pager('Last').click();
    await expect(page.getByText(`Page ${last} of ${last}`)).toBeVisible();
    await expect(list.pager('Next')).toHaveAttribute('aria-disabled', 'true');
    expect(await list.rowIds()).toEqual(archived.slice((last - 1) * 25).map((offer) => offer.id));
    await list.pager('Previous').click();
    await expect(page.getByText(`Page ${last - 1} of ${last}`)).toBeVisible();
    await list.pager('First').click();
    await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
  });

  test('each status filter shows what the API returns for it', async ({ page, request }) => {
    const list = new OffersList(page);
    await list.goto();
    for (const [label, status] of [
      ['Active', 'active'],
      ['Paused', 'paused'],
      ['Archived', 'archived'],
      ['All but archived', undefined],
    ] as const) {
      const expected = await apiIds(request, status);
      await list.status.selectOption({ label });
      await expect(page).toHaveURL(status ? new RegExp(`status=${status}`) : /\/offers$/);
      await expect(
        page.getByText(`${expected.length.toLocaleString('en-US')} ${status ?? 'non-archived'} offers`),
      ).toBeVisible();
      expect(await list.rowIds()).toEqual(expected.slice(0, 25));
    }
  });

  test('the view lives in the URL: reload and Back restore it', async ({ page }) => {
    const list = new OffersList(page);
    await list.goto();
    await list.status.selectOption({ label: 'Paused' });
    await list.rowsPerPage.selectOption('50');
    await list.pager('Next').click();
    await expect(page).toHaveURL(/status=paused&page=2&per_page=50/);
    const idsBefore = await list.rowIds();
    await page.reload();
    await expect(list.rows.first()).toBeVisible();
    expect(await list.rowIds()).toEqual(idsBefore);
    await page.goBack();
    await expect(page).toHaveURL(/status=paused&per_page=50$/);
    await expect(page.getByText('Page 1 of')).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(/status=paused&page=2&per_page=50$/);
    await expect(page.getByText('Page 2 of')).toBeVisible();
    expect(await list.rowIds()).toEqual(idsBefore);
  });

  test('the absolute update time shows on keyboard focus, and Escape hides it', async ({ page }) => {
    const list = new OffersList(page);
    await list.goto();
    const row = (n: number) => list.row(n);
    const tip = list.updatedTip(row(1));
    await expect(row(1).getByRole('link')).toBeVisible();
    await expect(tip).toBeHidden();
    await row(1).getByRole('link').focus();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M UTC$/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Tab reaches the next row (its selection checkbox comes first), whose tip shows.
    await page.keyboard.press('Tab');
    await expect(row(2).getByRole('checkbox')).toBeFocused();
    await expect(list.updatedTip(row(2))).toBeVisible();
  });

  test('the search finds an offer on any page, by its id', async ({ page, request }) => {
    // An offer on page 4 or later of the API's own answer, 100 offers a page.
    const ids = (await apiIds(request)).slice(350).filter((id) => /^[0-9a-f]{24}$/.test(id));
    const target = nonArchived.find((offer) => offer.id === ids[0]);
    if (!target) throw new Error('dataset too small');
    const list = new OffersList(page);
    await list.goto('per_page=100');
    await expect(list.rows).toHaveCount(100);
    await list.search.fill(target.id);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${target.id}$`));
    await expect(list.rows).toHaveCount(1);
    await expect(list.rows.first()).toContainText(target.name);
  });

  test('Go to offer opens an offer by its id', async ({ page }) => {
    const list = new OffersList(page);
    await list.goto();
    await list.offerId.fill('664f1a2b3c4d5e6f7a8b9c0d');
    await list.openOffer.click();
    await expect(new OfferPage(page).heading('Summer Promo')).toBeVisible();
  });
});

test.describe('instant navigation', () => {
  test('a prefetched offer opens with no skeleton ever rendered', async ({ page }) => {
    await page.addInitScript(() => {
      // Every skeleton ever added to the page, however briefly: each mutation record's
      // added nodes and their descendants, not only what the DOM holds when observed.
      const seen = new Set<string>();
      (window as unknown as { __skeletonsSeen?: Set<string> }).__skeletonsSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of Array.from(record.addedNodes)) {
            if (!(node instanceof Element)) continue;
            for (const element of [node, ...Array.from(node.querySelectorAll('[data-testid]'))]) {
              const id = element.getAttribute('data-testid');
              if (id?.endsWith('-skeleton')) seen.add(id);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const skeletonsSeen = () =>
      page.evaluate(() => [...((window as unknown as { __skeletonsSeen?: Set<string> }).__skeletonsSeen ?? [])].sort());
    const list = new OffersList(page);
    const offer = new OfferPage(page);
    await list.goto();
    const first = nonArchived[3];
    if (!first) throw new Error('dataset too small');
    const link = list.offerLink(first.name);
    await expect(link).toBeVisible();
    // The observer works: the list's own skeleton showed while the first page loaded.
    expect(await skeletonsSeen()).toEqual(['offers-list-skeleton']);

    const prefetched = page.waitForResponse((response) =>
      response.url().includes(`/offers/${first.id}/tracking_links`),
    );
    await link.hover();
    await prefetched;
    await link.click();
    await expect(offer.heading(first.name)).toBeVisible();
    await expect(offer.copy('offer tracking URL').or(page.getByText('links are blocked').first())).toBeVisible();
    expect(await skeletonsSeen(), 'no offer or tracking links skeleton was ever added').toEqual([
      'offers-list-skeleton',
    ]);
  });

  test('Back restores the list, its filter and its scroll position', async ({ page, guard }) => {
    const list = new OffersList(page);
    const offer = new OfferPage(page);
    await list.goto('per_page=100');
    await expect(list.rows).toHaveCount(100);
    await list.search.fill('a');
    // The search has read the whole list: the results and their order are final.
    const count = nonArchived.length.toLocaleString('en-US');
    await expect(page.getByText(`Searched ${count} of ${count} offers`, { exact: true })).toBeVisible();
    const target = list.table.getByRole('link').nth(40);
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const countBefore = await list.rows.count();
    await target.click();
    await expect(offer.heading()).toBeVisible();
    const listRequests = guard.apiRequests().filter((request) => /\/v2\/offers\?/.test(request)).length;

    await page.goBack();
    await expect(list.search).toHaveValue('a');
    await expect(list.rows).toHaveCount(countBefore);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore - 50);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore + 50);
    // The list came from the cache: no new list request, no skeleton.
    expect(guard.apiRequests().filter((request) => /\/v2\/offers\?/.test(request))).toHaveLength(listRequests);

    // The in-app "Back to offers" link does the same: it goes back to that very entry.
    const scrollAgain = await page.evaluate(() => window.scrollY);
    const name = (await target.textContent()) ?? '';
    await target.click();
    await expect(offer.heading(name)).toBeVisible();
    await offer.backToOffers.click();
    await expect(page).toHaveURL(/\/offers\?per_page=100&q=a$/);
    await expect(list.search).toHaveValue('a');
    await expect(list.rows).toHaveCount(countBefore);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollAgain - 50);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrollAgain + 50);
    expect(guard.apiRequests().filter((request) => /\/v2\/offers\?/.test(request))).toHaveLength(listRequests);
    // A Back, not a new entry: Forward opens the offer again.
    await page.goForward();
    await expect(offer.heading(name)).toBeVisible();
  });

  test('previous and next offer, by button and by keyboard, with a help dialog', async ({ page }) => {
    const list = new OffersList(page);
    const offer = new OfferPage(page);
    await list.goto();
    const [a, b, c] = nonArchived;
    if (!a || !b || !c) throw new Error('dataset too small');
    await list.offerLink(b.name).click();
    await expect(offer.heading(b.name)).toBeVisible();
    await offer.nextOffer.click();
    await expect(offer.heading(c.name)).toBeVisible();
    await page.keyboard.press('k');
    await expect(offer.heading(b.name)).toBeVisible();
    await page.keyboard.press('k');
    await expect(offer.heading(a.name)).toBeVisible();
    await expect(offer.previousOffer).toHaveCount(0);

    await page.keyboard.press('?');
    const dialog = offer.shortcutsDialog;
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('u');
    await expect(list.heading).toBeVisible();
  });

  test('recently viewed offers return in one click', async ({ page }) => {
    const list = new OffersList(page);
    const offer = new OfferPage(page);
    await offer.goto('664f1a2b3c4d5e6f7a8b9c0d');
    await expect(offer.heading('Summer Promo')).toBeVisible();
    await offer.backToOffers.click();
    await list.recentOffer('Summer Promo').click();
    await expect(offer.heading('Summer Promo')).toBeVisible();
  });
});
