import { PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK, SECOND_EXAMPLE_OFFER_ID } from '../demo-api/data/index.ts';
import type { Page } from '@playwright/test';
import { LinkBuilder } from './pages/link-builder.ts';
import { OfferPage } from './pages/offer-page.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const BUILT = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&aff_sub1=abc&aff_sub2=list%20A';

async function openBuilder(page: Page, offerId: string) {
  await new OfferPage(page).goto(offerId);
  // Hidden until shown once on this device; then lazy-loaded. It works on the offer's own
  // tracking URL at once; the affiliate links join the list when they arrive.
  return new LinkBuilder(page).open();
}

test.describe('link builder', () => {
  test('builds the main tracking link with sub-ids, copies exactly it, and counts SMS segments', async ({ page }) => {
    const builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.linkToBuild.selectOption({ label: 'Main tracking link' });
    await builder.field('aff_sub1').fill('abc');
    await builder.field('aff_sub2').fill('list A');

    await expect(builder.builtLink).toHaveText(BUILT);
    await expect(builder.region.locator('mark')).toHaveText('&aff_sub1=abc&aff_sub2=list%20A');

    const copy = builder.copyBuiltLink;
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(BUILT);

    await expect(builder.region.getByText(`${BUILT.length} characters · GSM-7 · 1 segment`)).toBeVisible();

    // A fixed message that, with this link, just fits one GSM-7 segment (158 of 160)…
    const template = builder.smsTemplate;
    const intro = 'Summer Promo is back: 20% off for list A, today only. Tap here ';
    await template.fill(`${intro}{link}`);
    const message = `${intro}${BUILT}`;
    expect(message.length).toBeGreaterThan(155);
    expect(message.length).toBeLessThanOrEqual(160);
    await expect(builder.region.getByText(`${message.length} characters · GSM-7 · 1 segment`)).toBeVisible();

    // …until a longer sub-id makes the link itself longer: the same message now takes two.
    const sub3 = builder.field('aff_sub3');
    await sub3.fill('spring-sale-list-a');
    const longer = `${BUILT}&aff_sub3=spring-sale-list-a`;
    await expect(builder.builtLink).toHaveText(longer);
    await expect(builder.region.getByText(`${longer.length} characters`, { exact: true })).toBeVisible();
    const longerMessage = `${intro}${longer}`;
    expect(longerMessage.length).toBeGreaterThan(160);
    await expect(builder.region.getByText(`${longerMessage.length} characters · GSM-7 · 2 segments`)).toBeVisible();

    // Back to the first link, for the UCS-2 case.
    await sub3.fill('');
    await expect(builder.builtLink).toHaveText(BUILT);
    await template.fill('It’s on: {link}');
    await expect(builder.region.getByText(`${BUILT.length + 9} characters · UCS-2 · 2 segments`)).toBeVisible();
    await expect(builder.region.getByText(/UCS-2 because of:/)).toContainText('’ (U+2019)');

    await expectAccessible(page, 'link builder');
  });

  test('Add sub-ids next to a landing page opens the builder on it, with the focus in the first sub-id', async ({
    page,
  }) => {
    const random = PUBLISHED_TRACKING_LINK.offer_url.find((landing) => landing.type === 'Random')?.tracking_link ?? '';
    const offerPage = new OfferPage(page);
    await offerPage.goto(PUBLISHED_OFFER_ID);
    const builder = new LinkBuilder(page);
    await expect(builder.show).toBeVisible({ timeout: 15_000 });

    await offerPage.addSubIds('Random landing page link').click();
    const sub1 = builder.field('aff_sub1');
    await expect(sub1).toBeFocused({ timeout: 15_000 });
    await expect(sub1).toBeInViewport();
    await expect(builder.region.getByText('Built on:')).toHaveText('Built on: Random landing page');

    await page.keyboard.type('abc');
    const built = `${random}&aff_sub1=abc`;
    await expect(builder.builtLink).toHaveText(built);
    await builder.copyBuiltLink.click();
    expect(await readClipboard(page)).toBe(built);

    // The panel's own Copy still gives the link exactly as the network issued it.
    await offerPage.copyLandingPage('Random').click();
    expect(await readClipboard(page)).toBe(random);
  });

  test('a saved preset survives a reload and applies on another offer', async ({ page }) => {
    let builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.field('aff_sub1').fill('abc');
    await builder.field('aff_sub2').fill('list A');
    await builder.presetName.fill('SMS – list A');
    await builder.savePreset.click();
    await expect(builder.savedPresets).toContainText('SMS – list A');

    await page.reload();
    await expect(builder.savedPresets).toContainText('SMS – list A', {
      timeout: 15_000,
    });
    // The last values on this offer are back too.
    await expect(builder.field('aff_sub1')).toHaveValue('abc');

    builder = await openBuilder(page, SECOND_EXAMPLE_OFFER_ID);
    // Its tracking URL has no external platform: generic names sub1…sub5.
    await builder.linkToBuild.selectOption({ label: 'Offer tracking URL' });
    await expect(builder.field('sub1')).toHaveValue('');
    await builder.applyPreset('SMS – list A').click();
    await expect(builder.builtLink).toHaveText('https://track.example.com/click?offer_id=124&sub1=abc&sub2=list%20A');
  });

  test('warns when a sub-id goes into aff_sub on a TUNE link, and moves it to the next free slot', async ({ page }) => {
    // "Summer Promo" is a TUNE offer: its own tracking URL takes TUNE's names.
    const builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.linkToBuild.selectOption({ label: 'Offer tracking URL' });
    const affSub = builder.field('aff_sub');
    await affSub.fill('abc');
    await expect(affSub).toHaveAccessibleDescription(
      'aff_sub carries Trackly’s message id on TUNE links (your account’s Trackly message-id field): a value here replaces it and breaks Trackly’s conversion attribution.',
    );
    // A warning, not a block: the link is still built and copyable.
    await expect(builder.builtLink).toHaveText('https://track.example.com/click?offer_id=123&aff_sub=abc');
    await expectAccessible(page, 'link builder with the attribution warning');

    await builder.useInstead('aff_sub2').click();
    await expect(builder.field('aff_sub2')).toHaveValue('abc');
    await expect(affSub).toHaveValue('');
    await expect(builder.builtLink).toHaveText('https://track.example.com/click?offer_id=123&aff_sub2=abc');
  });
});
