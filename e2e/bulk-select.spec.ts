import { getDemoDataset } from '../demo-api/data/index.ts';
import { DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { AUTH_API_URL } from './support/ports.ts';
import { OffersList } from './pages/offers-list.ts';
import { expect, test } from './support/test.ts';

const dataset = getDemoDataset();
const nonArchived = dataset.offers.filter((offer) => offer.status !== 'archived');

test.describe('search and select offers', () => {
  test('the search finds an offer that is on page 4 or later of the API list', async ({ page, request }) => {
    // The API's own answer: page 4, 100 offers a page.
    const url = new URL('/v2/offers', AUTH_API_URL);
    url.searchParams.set('page', '4');
    url.searchParams.set('per_page', '100');
    const response = await request.get(url.toString(), { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY } });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { offers: Array<{ id: string; name: string }> };
    // A plain name that only this offer holds, so the search has one answer.
    const target = body.offers.find(
      (offer) =>
        /^[\p{L}\p{N} ]{6,}$/u.test(offer.name) &&
        nonArchived.filter((other) => other.name.toLowerCase().includes(offer.name.toLowerCase())).length === 1,
    );
    if (!target) throw new Error('no offer with a unique plain name on page 4');

    const list = new OffersList(page);
    await list.goto();
    await list.search.fill(target.name.toUpperCase());
    const count = nonArchived.length.toLocaleString('en-US');
    await expect(page.getByText(`Searched ${count} of ${count} offers`, { exact: true })).toBeVisible();
    const rows = list.rows;
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(target.id);

    // The URL carries the search: a reload finds it again.
    await page.reload();
    await expect(list.search).toHaveValue(target.name.toUpperCase());
    await expect(rows.first()).toContainText(target.id);
  });

  test('select all on a page, see the count, keep it on the next page, and start the bulk run', async ({ page }) => {
    const list = new OffersList(page);
    await list.goto();
    await expect(list.rows).toHaveCount(25);
    await list.selectAllOnPage.check();
    const selection = list.selection;
    await expect(selection.getByText('25 offers selected')).toBeVisible();

    await list.pager('Next').click();
    await expect(page).toHaveURL(/page=2/);
    await expect(list.selectAllOnPage).not.toBeChecked();
    const first = nonArchived[25];
    if (!first) throw new Error('dataset too small');
    await list.selectOffer(first).check();
    await expect(selection.getByText('26 offers selected')).toBeVisible();

    await list.getTrackingLinks(26).click();
    await expect(page).toHaveURL(/\/bulk$/);
    const stored = await page.evaluate(() => window.sessionStorage.getItem('offers-dashboard.bulk-run'));
    const input = JSON.parse(stored ?? 'null') as { data: { offers: unknown[] } } | null;
    expect(input?.data.offers).toHaveLength(26);
  });
});
