import type { Page } from '@playwright/test';
import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { PUBLISHED_OFFER_ID } from '../demo-api/data/index.ts';
import { APP_URL, AUTH_API_URL, UNREACHABLE_API_URL } from './support/ports.ts';
import { expect, test } from './support/test.ts';

/** One vendor's line in the answer of Test connection. */
function connectionLine(page: Page, vendor: 'Trackly' | 'Offerslook') {
  return page
    .getByRole('status')
    .filter({ hasText: 'Connection test for' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${vendor}:`) });
}

test.describe('settings', () => {
  test('a new base URL is used and survives a reload', async ({ page, guard }) => {
    await page.goto('/settings');
    await page.getByLabel('API base URL').fill(`${AUTH_API_URL}/`);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('API base URL')).toHaveValue(AUTH_API_URL);
    await expect(page.getByRole('contentinfo')).toContainText(`${AUTH_API_URL} (from Settings)`);

    // That API wants credentials: the offer page says so and leads back here.
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await expect(page.getByRole('heading', { name: 'Not signed in to the API' })).toBeVisible();
    expect(guard.apiRequests().every((request) => !request.startsWith('GET /api/'))).toBe(true);
  });

  test('behind the gateway, Settings says the server keeps the keys and asks for none', async ({ page }) => {
    await page.goto('/settings');
    const credentials = page.getByRole('group', { name: 'Credentials', exact: true });
    await expect(credentials).toContainText('This server keeps the API keys for Trackly and Offerslook');
    await expect(page.getByLabel('Trackly API key')).toHaveCount(0);
    await expect(page.getByLabel('Offerslook API key')).toHaveCount(0);
    await page.getByRole('button', { name: 'Test connection' }).click();
    // The upstream requires both vendors' keys: the gateway added them to both requests.
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Connected. The offers API answered:');
    await expect(connectionLine(page, 'Offerslook')).toContainText('Offerslook: Connected (credentials accepted).');
  });

  test('credentials make the protected API answer, and Test connection says what each vendor answered', async ({
    page,
  }) => {
    await page.goto('/settings');
    // The gateway holds the keys: no key fields until a different API is entered.
    await expect(page.getByLabel('Trackly API key')).toHaveCount(0);
    await page.getByLabel('API base URL').fill(AUTH_API_URL);
    await expect(page.getByLabel('Trackly API key')).toBeVisible();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Unauthorized.');
    await expect(connectionLine(page, 'Offerslook')).toContainText('Offerslook: Not tested.');

    // A right Trackly key and a wrong Offerslook key: each vendor is named for its own answer.
    await page.getByLabel('Trackly API key').fill(DEFAULT_TRACKLY_KEY);
    await page.getByLabel('Offerslook email').fill(DEFAULT_OFFERSLOOK_EMAIL);
    await page.getByLabel('Offerslook API key').fill('ol_wrong_key');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Connected.');
    await expect(connectionLine(page, 'Offerslook')).toContainText(
      'Offerslook: Unauthorized. The API refused the Offerslook email and API key',
    );

    await page.getByLabel('Offerslook API key').fill(DEFAULT_OFFERSLOOK_KEY);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Connected.');
    await expect(connectionLine(page, 'Offerslook')).toContainText('Offerslook: Connected (credentials accepted).');
    await page.getByRole('button', { name: 'Save settings' }).click();

    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy tracking link' })).toBeVisible();
    // Not remembered: the keys live in this tab's session only.
    const stored = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
    }));
    expect(stored.local).not.toContain(DEFAULT_TRACKLY_KEY);
    expect(stored.session).toContain(DEFAULT_TRACKLY_KEY);
  });

  test('keys saved for one API are kept from another, and Settings says so', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('API base URL').fill(AUTH_API_URL);
    await page.getByLabel('Trackly API key').fill(DEFAULT_TRACKLY_KEY);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.getByLabel('API base URL').fill(UNREACHABLE_API_URL);
    const note = page.getByRole('note', { name: 'Saved keys' });
    await expect(note).toContainText(`Keys saved for ${AUTH_API_URL} are not sent to ${UNREACHABLE_API_URL}.`);
    await expect(page.getByLabel('Trackly API key')).toHaveValue('');

    await page.getByLabel('API base URL').fill(AUTH_API_URL);
    await expect(note).toHaveCount(0);
    await expect(page.getByLabel('Trackly API key')).toHaveValue(DEFAULT_TRACKLY_KEY);
  });

  test('an unreachable or wrong API is named plainly', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('API base URL').fill(UNREACHABLE_API_URL);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Unreachable.');
    await expect(page.getByRole('status').filter({ hasText: 'Connection test for' })).toContainText(
      `Connection test for ${UNREACHABLE_API_URL}:`,
    );

    // The dashboard's own server answers every path with the app's HTML.
    await page.getByLabel('API base URL').fill(APP_URL);
    // The answer above was about the other address: editing the URL retires it.
    await expect(connectionLine(page, 'Trackly')).toHaveCount(0);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(connectionLine(page, 'Trackly')).toContainText('Trackly: Not an offers API.');

    await page.getByLabel('API base URL').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByLabel('API base URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The API base URL must start with http:// or https://.')).toBeVisible();
  });

  test('a refused Offerslook key on an offer page leads to the Offerslook fields in Settings', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('API base URL').fill(AUTH_API_URL);
    await page.getByLabel('Trackly API key').fill(DEFAULT_TRACKLY_KEY);
    await page.getByLabel('Offerslook email').fill(DEFAULT_OFFERSLOOK_EMAIL);
    await page.getByLabel('Offerslook API key').fill('ol_wrong_key');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    // The offer loads with the Trackly key; only the tracking links are refused.
    await expect(page.getByRole('heading', { level: 1, name: 'Summer Promo' })).toBeVisible();
    const refused = page.getByRole('alert').filter({ hasText: 'Not signed in to the API' });
    await expect(refused).toContainText('Check the Offerslook email and API key in Settings.');
    await refused.getByRole('link', { name: 'Open Settings' }).click();

    await expect(page).toHaveURL(/\/settings\?reason=unauthorized&vendor=offerslook$/);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('The Offerslook API did not accept the email and API key.');
    // The upstream's own words come along in memory, never in the address.
    await expect(banner).toContainText('Unauthorized: invalid email or API key');
    await expect(page.getByLabel('Offerslook email')).toBeFocused();
  });
});
