import { adminPaths } from '../demo-api/admin.ts';
import { getDemoDataset } from '../demo-api/data/index.ts';
import { LinksPage } from './pages/links-page.ts';
import { OfferPage } from './pages/offer-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { ADMIN_API_URL } from './support/ports.ts';
import { expect, expectAccessible, test } from './support/test.ts';

/** The oldest active offer with links, on a demo API of this spec's own (see ADMIN_API_URL). */
const dataset = getDemoDataset();
const OFFER = (() => {
  const offer = dataset.offers.findLast(
    (o) => o.status === 'active' && typeof o.payout === 'number' && dataset.linksById.get(o.id)?.approved === true,
  );
  if (!offer) throw new Error('The demo dataset has no active offer with links');
  return offer;
})();
const NEW_PAYOUT = 1.25;

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

test.describe('stale-link watch', () => {
  test.afterEach(async ({ request }) => {
    const reset = await request.post(`${ADMIN_API_URL}${adminPaths.reset}`);
    expect(reset.status()).toBe(200);
  });

  test('flags a copied link whose offer was paused and repriced, and clears it once fixed', async ({
    page,
    request,
  }) => {
    // This spec's own API, chosen as a user's Settings would keep it.
    await new SettingsPage(page).goto();
    await page.evaluate((url) => {
      localStorage.setItem('offers-dashboard.api-base-url', url);
    }, ADMIN_API_URL);
    const offer = new OfferPage(page);
    await offer.goto(OFFER.id);
    const copy = offer.copy('tracking link');
    await copy.click();
    await expect(copy).toHaveText(/Copied/);

    const change = await request.patch(`${ADMIN_API_URL}${adminPaths.offer(OFFER.id)}`, {
      data: { status: 'paused', payout: NEW_PAYOUT },
    });
    expect(change.status()).toBe(200);

    const links = new LinksPage(page);
    await links.navLink.click();
    await expect(links.heading).toBeVisible();
    const entry = links.entries.filter({ has: page.getByRole('link', { name: OFFER.name }) });
    await expect(entry.getByText('Offer paused')).toBeVisible();
    await expect(
      entry.getByText(`Payout changed: ${money.format(OFFER.payout)} → ${money.format(NEW_PAYOUT)}`),
    ).toBeVisible();
    const navLink = links.navLink;
    await expect(navLink).toHaveAccessibleDescription('1 flagged');
    await expect(page.getByText(/^Last checked/)).toBeVisible();
    await expectAccessible(page, 'links page with a flagged link');

    // The flags and the count are kept with the entry, not just in the page.
    await page.reload();
    await expect(entry.getByText('Offer paused')).toBeVisible();
    await expect(navLink).toHaveAccessibleDescription('1 flagged');

    const reset = await request.post(`${ADMIN_API_URL}${adminPaths.reset}`);
    expect(reset.status()).toBe(200);
    await expect(links.checkNow).toBeEnabled();
    await links.checkNow.click();
    await expect(entry.getByText('Offer paused')).toHaveCount(0);
    await expect(entry.getByText(/^Payout changed/)).toHaveCount(0);
    await expect(navLink).not.toHaveAccessibleDescription(/flagged/);
    await expect(page.getByText(/^\d+ flagged$/)).toHaveCount(0);
  });
});
