import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from '../demo-api/options.ts';
import { PUBLISHED_OFFER_ID } from '../demo-api/data/index.ts';
import { APP_URL, AUTH_API_URL, UNREACHABLE_API_URL } from './support/ports.ts';
import { OfferPage } from './pages/offer-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { expect, test } from './support/test.ts';

test.describe('settings', () => {
  test('a new base URL is used and survives a reload', async ({ page, guard }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.apiBaseUrl.fill(`${AUTH_API_URL}/`);
    await settings.save.click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.reload();
    await expect(settings.apiBaseUrl).toHaveValue(AUTH_API_URL);
    await expect(page.getByRole('contentinfo')).toContainText(`${AUTH_API_URL} (from Settings)`);

    // That API wants credentials: the offer page says so and leads back here.
    await new OfferPage(page).goto(PUBLISHED_OFFER_ID);
    await expect(page.getByRole('heading', { name: 'Not signed in to the API' })).toBeVisible();
    expect(guard.apiRequests().every((request) => !request.startsWith('GET /api/'))).toBe(true);
  });

  test('behind the gateway, Settings says the server keeps the keys and asks for none', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    const credentials = settings.credentials();
    await expect(credentials).toContainText('This server keeps the API keys for Trackly and Offerslook');
    await expect(settings.tracklyApiKey).toHaveCount(0);
    await expect(settings.offerslookApiKey).toHaveCount(0);
    await settings.testConnection.click();
    // The upstream requires both vendors' keys: the gateway added them to both requests.
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Connected. The offers API answered:');
    await expect(settings.connectionLine('Offerslook')).toContainText('Offerslook: Connected (credentials accepted).');
  });

  test('credentials make the protected API answer, and Test connection says what each vendor answered', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    // The gateway holds the keys: no key fields until a different API is entered.
    await expect(settings.tracklyApiKey).toHaveCount(0);
    await settings.apiBaseUrl.fill(AUTH_API_URL);
    await expect(settings.tracklyApiKey).toBeVisible();
    await settings.testConnection.click();
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Unauthorized.');
    await expect(settings.connectionLine('Offerslook')).toContainText('Offerslook: Not tested.');

    // A right Trackly key and a wrong Offerslook key: each vendor is named for its own answer.
    await settings.tracklyApiKey.fill(DEFAULT_TRACKLY_KEY);
    await settings.offerslookEmail.fill(DEFAULT_OFFERSLOOK_EMAIL);
    await settings.offerslookApiKey.fill('ol_wrong_key');
    await settings.testConnection.click();
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Connected.');
    await expect(settings.connectionLine('Offerslook')).toContainText(
      'Offerslook: Unauthorized. The API refused the Offerslook email and API key',
    );

    await settings.offerslookApiKey.fill(DEFAULT_OFFERSLOOK_KEY);
    await settings.testConnection.click();
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Connected.');
    await expect(settings.connectionLine('Offerslook')).toContainText('Offerslook: Connected (credentials accepted).');
    await settings.save.click();

    const offer = new OfferPage(page);
    await offer.goto(PUBLISHED_OFFER_ID);
    await expect(offer.heading('Summer Promo')).toBeVisible();
    await expect(offer.copy('tracking link')).toBeVisible();
    // Not remembered: the keys live in this tab's session only.
    const stored = await page.evaluate(() => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
    }));
    expect(stored.local).not.toContain(DEFAULT_TRACKLY_KEY);
    expect(stored.session).toContain(DEFAULT_TRACKLY_KEY);
  });

  test('keys saved for one API are kept from another, and Settings says so', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.apiBaseUrl.fill(AUTH_API_URL);
    await settings.tracklyApiKey.fill(DEFAULT_TRACKLY_KEY);
    await settings.save.click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await settings.apiBaseUrl.fill(UNREACHABLE_API_URL);
    const note = settings.savedKeysNote;
    await expect(note).toContainText(`Keys saved for ${AUTH_API_URL} are not sent to ${UNREACHABLE_API_URL}.`);
    await expect(settings.tracklyApiKey).toHaveValue('');

    await settings.apiBaseUrl.fill(AUTH_API_URL);
    await expect(note).toHaveCount(0);
    await expect(settings.tracklyApiKey).toHaveValue(DEFAULT_TRACKLY_KEY);
  });

  test('an unreachable or wrong API is named plainly', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.apiBaseUrl.fill(UNREACHABLE_API_URL);
    await settings.testConnection.click();
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Unreachable.');
    await expect(settings.connectionResult).toContainText(`Connection test for ${UNREACHABLE_API_URL}:`);

    // The dashboard's own server answers every path with the app's HTML.
    await settings.apiBaseUrl.fill(APP_URL);
    // The answer above was about the other address: editing the URL retires it.
    await expect(settings.connectionLine('Trackly')).toHaveCount(0);
    await settings.testConnection.click();
    await expect(settings.connectionLine('Trackly')).toContainText('Trackly: Not an offers API.');

    await settings.apiBaseUrl.fill('javascript:alert(1)');
    await settings.save.click();
    await expect(settings.apiBaseUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The API base URL must start with http:// or https://.')).toBeVisible();
  });

  test('a refused Offerslook key on an offer page leads to the Offerslook fields in Settings', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.apiBaseUrl.fill(AUTH_API_URL);
    await settings.tracklyApiKey.fill(DEFAULT_TRACKLY_KEY);
    await settings.offerslookEmail.fill(DEFAULT_OFFERSLOOK_EMAIL);
    await settings.offerslookApiKey.fill('ol_wrong_key');
    await settings.save.click();
    await expect(page.getByText('Saved.')).toBeVisible();

    const offer = new OfferPage(page);
    await offer.goto(PUBLISHED_OFFER_ID);
    // The offer loads with the Trackly key; only the tracking links are refused.
    await expect(offer.heading('Summer Promo')).toBeVisible();
    const refused = page.getByRole('alert').filter({ hasText: 'Not signed in to the API' });
    await expect(refused).toContainText('Check the Offerslook email and API key in Settings.');
    await refused.getByRole('link', { name: 'Open Settings' }).click();

    await expect(page).toHaveURL(/\/settings\?reason=unauthorized&vendor=offerslook$/);
    const banner = settings.reason;
    await expect(banner).toContainText('The Offerslook API did not accept the email and API key.');
    // The upstream's own words come along in memory, never in the address.
    await expect(banner).toContainText('Unauthorized: invalid email or API key');
    await expect(settings.offerslookEmail).toBeFocused();
  });
});
