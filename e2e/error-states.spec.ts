import { EMPTY_PIXEL_OFFER_IDS, MISSING_OFFER_ID, NOT_APPROVED_OFFER_IDS } from '../demo-api/data/index.ts';
import { FAULT_IDS, SLOW_OFFER } from './support/fault-ids.ts';
import { expect, test } from './support/test.ts';

test.describe('offer states', () => {
  test('401 leads to Settings with the reason', async ({ page }) => {
    await page.goto(`/offers/${FAULT_IDS.unauthorized}`);
    await expect(page.getByRole('heading', { name: 'Not signed in to the API' })).toBeVisible();
    await page.getByRole('link', { name: 'Open Settings' }).click();
    await expect(page).toHaveURL(/\/settings\?reason=unauthorized$/);
    await expect(page.getByRole('alert')).toContainText('did not accept the credentials');
  });

  test('403 shows the upstream reason', async ({ page }) => {
    await page.goto(`/offers/${FAULT_IDS.suspended}`);
    await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
    await expect(page.getByText('Account is suspended')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open Settings' })).toBeVisible();
  });

  test('404 says the offer does not exist, with a way back', async ({ page }) => {
    await page.goto(`/offers/${MISSING_OFFER_ID}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText(`The API has no record of offer ${MISSING_OFFER_ID}.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to offers', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Offers' })).toBeVisible();
  });

  test('500 offers Retry after the bounded retries', async ({ page, guard }) => {
    await page.goto(`/offers/${FAULT_IDS.serverError}`);
    await expect(page.getByRole('heading', { name: 'The API had a problem' })).toBeVisible({ timeout: 15_000 });
    const offerRequests = () => guard.apiRequests().filter((request) => request.includes('/v2/offers/'));
    // One request and two retries with backoff.
    expect(offerRequests()).toHaveLength(3);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => offerRequests().length).toBeGreaterThan(3);
  });

  test('an HTML error page is reported without showing its markup', async ({ page }) => {
    await page.goto(`/offers/${FAULT_IDS.htmlError}`);
    await expect(page.getByRole('heading', { name: 'The API had a problem' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('HTTP status 502')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('<html');
  });

  test('a truncated body says the upstream sent something unreadable', async ({ page }) => {
    await page.goto(`/offers/${FAULT_IDS.malformed}`);
    await expect(page.getByRole('heading', { name: 'The API sent something unreadable' })).toBeVisible();
  });

  test('a wrong shape says the upstream sent something unexpected, and what', async ({ page }) => {
    await page.goto(`/offers/${FAULT_IDS.shape}`);
    await expect(page.getByRole('heading', { name: 'The API sent something unexpected' })).toBeVisible();
    await page.getByText('What was wrong').click();
    await expect(page.getByRole('listitem').first()).toBeVisible();
  });

  test('a slow API shows the skeleton, then the offer; both requests run at once', async ({ page }) => {
    const started: Record<string, number> = {};
    const finished: Record<string, number> = {};
    const isApiCall = (url: string) => url.includes('/api/') && url.includes(encodeURIComponent(SLOW_OFFER.id));
    page.on('request', (request) => {
      if (isApiCall(request.url())) started[request.url()] = Date.now();
    });
    page.on('response', (response) => {
      if (isApiCall(response.url())) finished[response.url()] = Date.now();
    });
    await page.goto(`/offers/${SLOW_OFFER.id}`);
    await expect(page.getByTestId('offer-detail-skeleton')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: SLOW_OFFER.name })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('offer-detail-skeleton')).toHaveCount(0);
    await expect.poll(() => Object.keys(finished).length).toBe(2);
    const lastStart = Math.max(...Object.values(started));
    const firstEnd = Math.min(...Object.values(finished));
    expect(Object.keys(started)).toHaveLength(2);
    expect(lastStart, 'the second request started before the first answered').toBeLessThan(firstEnd);
  });

  test('a page whose code fails to download says so, and Reload brings it back', async ({ page }) => {
    const detailChunk = /\/assets\/offer-detail-route-[^/]+\.js$/;
    await page.route(detailChunk, (route) => route.abort('connectionreset'));
    await page.goto('/offers');
    const first = page.getByRole('table').getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();

    await page.unroute(detailChunk);
    await page.getByRole('button', { name: 'Reload page' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test('the shortcuts dialog opened while the offer loads stays open when it arrives', async ({ page }) => {
    await page.goto(`/offers/${SLOW_OFFER.id}`);
    await expect(page.getByTestId('offer-detail-skeleton')).toBeVisible();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('offer-detail-skeleton')).toHaveCount(0, { timeout: 10_000 });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
  });

  test('an offer that is not approved explains itself, and the offer still shows', async ({ page }) => {
    await page.goto(`/offers/${NOT_APPROVED_OFFER_IDS[0] ?? ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No tracking link for this offer yet' })).toBeVisible();
    await expect(page.getByText('The network said:')).toBeVisible();
  });

  test('an empty impression pixel is explained', async ({ page }) => {
    await page.goto(`/offers/${EMPTY_PIXEL_OFFER_IDS[0] ?? ''}`);
    await expect(page.getByText('This offer has no impression pixel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy impression pixel' })).toHaveCount(0);
  });
});
