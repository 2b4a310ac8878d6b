import { PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK, SECOND_EXAMPLE_OFFER_ID } from '../demo-api/data/index.ts';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const BUILT = 'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&aff_sub1=abc&aff_sub2=list%20A';

async function openBuilder(page: Page, offerId: string) {
  await page.goto(`/offers/${offerId}`);
  const builder = page.getByRole('region', { name: 'Link builder' });
  // Hidden until shown once on this device; then lazy-loaded. It works on the offer's own
  // tracking URL at once; the affiliate links join the list when they arrive.
  const toggle = builder.getByRole('button', { name: /link builder$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(builder.getByRole('combobox', { name: 'Link to build' })).toBeVisible({ timeout: 15_000 });
  return builder;
}

test.describe('link builder', () => {
  test('builds the main tracking link with sub-ids, copies exactly it, and counts SMS segments', async ({ page }) => {
    const builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.getByRole('combobox', { name: 'Link to build' }).selectOption({ label: 'Main tracking link' });
    await builder.getByRole('textbox', { name: 'aff_sub1', exact: true }).fill('abc');
    await builder.getByRole('textbox', { name: 'aff_sub2', exact: true }).fill('list A');

    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(BUILT);
    await expect(builder.locator('mark')).toHaveText('&aff_sub1=abc&aff_sub2=list%20A');

    const copy = builder.getByRole('button', { name: 'Copy built link', exact: true });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(BUILT);

    await expect(builder.getByText(`${BUILT.length} characters · GSM-7 · 1 segment`)).toBeVisible();

    // A fixed message that, with this link, just fits one GSM-7 segment (158 of 160)…
    const template = builder.getByRole('textbox', { name: 'SMS message template' });
    const intro = 'Summer Promo is back: 20% off for list A, today only. Tap here ';
    await template.fill(`${intro}{link}`);
    const message = `${intro}${BUILT}`;
    expect(message.length).toBeGreaterThan(155);
    expect(message.length).toBeLessThanOrEqual(160);
    await expect(builder.getByText(`${message.length} characters · GSM-7 · 1 segment`)).toBeVisible();

    // …until a longer sub-id makes the link itself longer: the same message now takes two.
    const sub3 = builder.getByRole('textbox', { name: 'aff_sub3', exact: true });
    await sub3.fill('spring-sale-list-a');
    const longer = `${BUILT}&aff_sub3=spring-sale-list-a`;
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(longer);
    await expect(builder.getByText(`${longer.length} characters`, { exact: true })).toBeVisible();
    const longerMessage = `${intro}${longer}`;
    expect(longerMessage.length).toBeGreaterThan(160);
    await expect(builder.getByText(`${longerMessage.length} characters · GSM-7 · 2 segments`)).toBeVisible();

    // Back to the first link, for the UCS-2 case.
    await sub3.fill('');
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(BUILT);
    await template.fill('It’s on: {link}');
    await expect(builder.getByText(`${BUILT.length + 9} characters · UCS-2 · 2 segments`)).toBeVisible();
    await expect(builder.getByText(/UCS-2 because of:/)).toContainText('’ (U+2019)');

    await expectAccessible(page, 'link builder');
  });

  test('Add sub-ids next to a landing page opens the builder on it, with the focus in the first sub-id', async ({
    page,
  }) => {
    const random = PUBLISHED_TRACKING_LINK.offer_url.find((landing) => landing.type === 'Random')?.tracking_link ?? '';
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    const panel = page.getByRole('region', { name: 'Tracking links' });
    const builder = page.getByRole('region', { name: 'Link builder' });
    await expect(builder.getByRole('button', { name: 'Show link builder' })).toBeVisible({ timeout: 15_000 });

    await panel.getByRole('button', { name: 'Add sub-ids to Random landing page link' }).click();
    const sub1 = builder.getByRole('textbox', { name: 'aff_sub1', exact: true });
    await expect(sub1).toBeFocused({ timeout: 15_000 });
    await expect(sub1).toBeInViewport();
    await expect(builder.getByText('Built on:')).toHaveText('Built on: Random landing page');

    await page.keyboard.type('abc');
    const built = `${random}&aff_sub1=abc`;
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(built);
    await builder.getByRole('button', { name: 'Copy built link', exact: true }).click();
    expect(await readClipboard(page)).toBe(built);

    // The panel's own Copy still gives the link exactly as the network issued it.
    await panel.getByRole('button', { name: 'Copy Random landing page link', exact: true }).click();
    expect(await readClipboard(page)).toBe(random);
  });

  test('a saved preset survives a reload and applies on another offer', async ({ page }) => {
    let builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.getByRole('textbox', { name: 'aff_sub1', exact: true }).fill('abc');
    await builder.getByRole('textbox', { name: 'aff_sub2', exact: true }).fill('list A');
    await builder.getByRole('textbox', { name: 'Preset name' }).fill('SMS – list A');
    await builder.getByRole('button', { name: 'Save preset' }).click();
    await expect(builder.getByRole('list', { name: 'Saved presets' })).toContainText('SMS – list A');

    await page.reload();
    builder = page.getByRole('region', { name: 'Link builder' });
    await expect(builder.getByRole('list', { name: 'Saved presets' })).toContainText('SMS – list A', {
      timeout: 15_000,
    });
    // The last values on this offer are back too.
    await expect(builder.getByRole('textbox', { name: 'aff_sub1', exact: true })).toHaveValue('abc');

    builder = await openBuilder(page, SECOND_EXAMPLE_OFFER_ID);
    // Its tracking URL has no external platform: generic names sub1…sub5.
    await builder.getByRole('combobox', { name: 'Link to build' }).selectOption({ label: 'Offer tracking URL' });
    await expect(builder.getByRole('textbox', { name: 'sub1', exact: true })).toHaveValue('');
    await builder.getByRole('button', { name: 'Apply preset SMS – list A' }).click();
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(
      'https://track.example.com/click?offer_id=124&sub1=abc&sub2=list%20A',
    );
  });

  test('warns when a sub-id goes into aff_sub on a TUNE link, and moves it to the next free slot', async ({ page }) => {
    // "Summer Promo" is a TUNE offer: its own tracking URL takes TUNE's names.
    const builder = await openBuilder(page, PUBLISHED_OFFER_ID);
    await builder.getByRole('combobox', { name: 'Link to build' }).selectOption({ label: 'Offer tracking URL' });
    const affSub = builder.getByRole('textbox', { name: 'aff_sub', exact: true });
    await affSub.fill('abc');
    await expect(affSub).toHaveAccessibleDescription(
      'aff_sub carries Trackly’s message id on TUNE links (your account’s Trackly message-id field): a value here replaces it and breaks Trackly’s conversion attribution.',
    );
    // A warning, not a block: the link is still built and copyable.
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(
      'https://track.example.com/click?offer_id=123&aff_sub=abc',
    );
    await expectAccessible(page, 'link builder with the attribution warning');

    await builder.getByRole('button', { name: 'Use aff_sub2 instead' }).click();
    await expect(builder.getByRole('textbox', { name: 'aff_sub2', exact: true })).toHaveValue('abc');
    await expect(affSub).toHaveValue('');
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(
      'https://track.example.com/click?offer_id=123&aff_sub2=abc',
    );
  });
});
