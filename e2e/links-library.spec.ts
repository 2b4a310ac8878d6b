import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK } from '../demo-api/data/index.ts';
import { LinkBuilder } from './pages/link-builder.ts';
import { LinksPage } from './pages/links-page.ts';
import { OfferPage } from './pages/offer-page.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const MAIN = PUBLISHED_TRACKING_LINK.url;
const BUILT = `${MAIN}&aff_sub1=abc`;

test.describe('links library', () => {
  test('remembers links copied on an offer page, with a note kept across a reload', async ({ page }) => {
    const offer = new OfferPage(page);
    await offer.goto(PUBLISHED_OFFER_ID);
    const copyMain = offer.copy('tracking link');
    await copyMain.click();
    await expect(copyMain).toHaveText('Copied');

    const builder = await new LinkBuilder(page).open();
    await builder.linkToBuild.selectOption({ label: 'Main tracking link' });
    await builder.field('aff_sub1').fill('abc');
    await expect(builder.builtLink).toHaveText(BUILT);
    await builder.copyBuiltLink.click();
    await expect(builder.copyBuiltLink).toHaveText('Copied');

    const links = new LinksPage(page);
    await links.navLink.click();
    await expect(links.heading).toBeVisible();
    const items = links.entries;
    await expect(items).toHaveCount(2);
    // Newest first: the built link was copied last.
    await expect(items.nth(0).locator('code')).toHaveText(BUILT);
    await expect(items.nth(1).locator('code')).toHaveText(MAIN);
    await expect(links.offerLink(items.nth(0), 'Summer Promo')).toBeVisible();
    await expectAccessible(page, 'the Links page with entries');

    const note = links.note(items.nth(1));
    await note.fill('SMS blast, Monday');
    await note.blur();
    await expect(items.nth(1).getByText('Saved', { exact: true })).toBeVisible();
    await page.reload();
    await expect(items).toHaveCount(2);
    await expect(links.note(items.nth(1))).toHaveValue('SMS blast, Monday');

    const copyAgain = links.copyLink(items.nth(1));
    await copyAgain.click();
    await expect(copyAgain).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(MAIN);

    const downloading = page.waitForEvent('download');
    await links.downloadCsv.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^links-\d{4}-\d{2}-\d{2}-2-links\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => row[column('URL')])).toEqual([BUILT, MAIN]);
    expect(rows[0]?.[column('Parameters')]).toBe('aff_sub1=abc');
    expect(rows[1]?.[column('Note')]).toBe('SMS blast, Monday');
    expect(rows[1]?.[column('Offer name')]).toBe('Summer Promo');

    await links.deleteLink(items.nth(0)).click();
    await expect(items).toHaveCount(1);
    await expect(items.nth(0).locator('code')).toHaveText(MAIN);
    await expect(links.deleteLink(items.nth(0))).toBeFocused();
  });
});
