import { readFile } from 'node:fs/promises';
import { PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK } from '../demo-api/data/index.ts';
import { OfferPage } from './pages/offer-page.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const PIXEL_URL = 'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547';

test.describe('offer detail page', () => {
  test('shows every field of the published offer', async ({ page }) => {
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);

    await expect(offerPage.heading('Summer Promo')).toBeVisible();
    await expect(page).toHaveTitle(/Summer Promo/);
    await expect(page.getByText('Status: Active')).toBeVisible();
    await expect(page.getByText(PUBLISHED_OFFER_ID, { exact: true })).toBeVisible();

    const offer = offerPage.details;
    await expect(offer.getByText('$2.50')).toBeVisible();
    await expect(offer.getByText('CPA', { exact: true })).toBeVisible();
    await expect(offer.getByText('adv_882')).toBeVisible();
    await expect(offer.getByText('TUNE', { exact: true })).toBeVisible();
    await expect(offer.getByText('4521')).toBeVisible();
    await expect(offer.getByText('Bot filtering')).toBeVisible();
    await expect(offer.getByText('On', { exact: true })).toBeVisible();
    await expect(offer.getByText('Nov 1, 2025, 2:30 PM UTC')).toBeVisible();
    await expect(offer.getByText('Dec 15, 2025, 9:12 AM UTC')).toBeVisible();

    await expect(page.getByText('https://track.example.com/click?offer_id=123')).toBeVisible();

    const metadata = offerPage.metadata('Summer Promo');
    await expect(metadata.getByRole('row', { name: 'vertical health' })).toBeVisible();
    await expect(metadata.getByRole('row', { name: 'geo US' })).toBeVisible();

    await expect(offerPage.landingPages.getByRole('listitem')).toHaveCount(4);
    for (const preview of ['Default', 'Offer URL “360”', 'Offer URL “qq”']) {
      const link = offerPage.previewLandingPage(preview);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  test('each copy button puts the exact text on the clipboard', async ({ page }) => {
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    const expected: Array<[string, string]> = [
      ['Copy offer tracking URL', 'https://track.example.com/click?offer_id=123'],
      ['Copy offer ID', PUBLISHED_OFFER_ID],
      ['Copy tracking link', PUBLISHED_TRACKING_LINK.url],
      ['Copy impression pixel', PUBLISHED_TRACKING_LINK.impression_pixel],
      ['Copy impression pixel URL', PIXEL_URL],
      ['Copy Default landing page link', 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547'],
      [
        'Copy Random landing page link',
        'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&random_url=1',
      ],
      [
        'Copy Offer URL “360” landing page link',
        'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7',
      ],
      [
        'Copy Offer URL “qq” landing page link',
        'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=8',
      ],
    ];
    for (const [name, text] of expected) {
      const button = offerPage.copy(name.replace(/^Copy /, ''));
      await button.click();
      await expect(button).toHaveText('Copied');
      expect(await readClipboard(page), name).toBe(text);
    }
    await expect(offerPage.announcement('Copied')).toHaveText(
      'Copied Offer URL “qq” landing page link to the clipboard',
    );
  });

  test('the pixel preview does not request the pixel URL until asked', async ({ page }) => {
    const pixelRequests: string[] = [];
    // The pixel's host is on the public internet; answer it here and count the hits.
    await page.route('http://qoqololo.iuniontrack.com:9080/**', async (route) => {
      pixelRequests.push(route.request().url());
      await route.fulfill({
        contentType: 'image/gif',
        body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
      });
    });
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    const load = offerPage.loadPixel;
    await expect(load).toBeVisible();
    await expect(page.getByText(PIXEL_URL, { exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(pixelRequests).toEqual([]);
    await expect(page.locator(`img[src="${PIXEL_URL}"]`)).toHaveCount(0);

    await load.click();
    await expect(page.getByText('Pixel loaded: this registered an impression.')).toBeVisible();
    expect(pixelRequests).toEqual([PIXEL_URL]);
  });

  // That the two requests overlap in time is shown against a slow API in error-states.spec.ts.
  test('asks for the offer and its tracking links once each', async ({ page, guard }) => {
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    await expect(offerPage.copy('tracking link')).toBeVisible();
    expect(guard.apiRequests().sort()).toEqual(
      [
        `GET /api/v2/offers/${PUBLISHED_OFFER_ID}`,
        `GET /api/aff/v1/offers/${PUBLISHED_OFFER_ID}/tracking_links`,
      ].sort(),
    );
  });

  test('shows the main tracking link as a QR code and downloads it as an SVG file', async ({ page }) => {
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    const open = offerPage.showQrCode('main tracking link');
    await open.click();

    const dialog = offerPage.qrDialog('main tracking link');
    await expect(offerPage.qrImage('main tracking link', PUBLISHED_TRACKING_LINK.url)).toBeVisible();
    await expect(dialog.locator('svg path')).toHaveAttribute('d', /^(M\d+ \d+h\d+v1h-\d+z)+$/);
    await expect(dialog.getByText(PUBLISHED_TRACKING_LINK.url, { exact: true })).toBeVisible();
    await expectAccessible(page, 'QR code dialog');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      offerPage.qrDownload('main tracking link').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`qr-${PUBLISHED_OFFER_ID}-main.svg`);
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('Refresh fetches the offer again and says when it was updated', async ({ page, guard }) => {
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    await expect(page.getByText('Updated just now')).toBeVisible();
    await offerPage.refresh.click();
    await expect.poll(() => guard.apiRequests().length).toBe(4);
  });
});
