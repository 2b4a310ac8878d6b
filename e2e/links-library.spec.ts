import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK } from '../demo-api/data/index.ts';
import { expect, expectAccessible, readClipboard, test } from './support/test.ts';

const MAIN = PUBLISHED_TRACKING_LINK.url;
const BUILT = `${MAIN}&aff_sub1=abc`;

test.describe('links library', () => {
  test('remembers links copied on an offer page, with a note kept across a reload', async ({ page }) => {
    await page.goto(`/offers/${PUBLISHED_OFFER_ID}`);
    const copyMain = page.getByRole('button', { name: 'Copy tracking link', exact: true });
    await copyMain.click();
    await expect(copyMain).toHaveText('Copied');

    const builder = page.getByRole('region', { name: 'Link builder' });
    const toggle = builder.getByRole('button', { name: /link builder$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await builder.getByRole('combobox', { name: 'Link to build' }).selectOption({ label: 'Main tracking link' });
    await builder.getByRole('textbox', { name: 'aff_sub1', exact: true }).fill('abc');
    await expect(builder.getByRole('status', { name: 'Built link' })).toHaveText(BUILT);
    const copyBuilt = builder.getByRole('button', { name: 'Copy built link', exact: true });
    await copyBuilt.click();
    await expect(copyBuilt).toHaveText('Copied');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Links', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Links' })).toBeVisible();
    const items = page.getByRole('list', { name: 'Remembered links' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    // Newest first: the built link was copied last.
    await expect(items.nth(0).locator('code')).toHaveText(BUILT);
    await expect(items.nth(1).locator('code')).toHaveText(MAIN);
    await expect(items.nth(0).getByRole('link', { name: 'Summer Promo' })).toBeVisible();
    await expectAccessible(page, 'the Links page with entries');

    const note = items.nth(1).getByRole('textbox', { name: 'Where I used it' });
    await note.fill('SMS blast, Monday');
    await note.blur();
    await expect(items.nth(1).getByText('Saved', { exact: true })).toBeVisible();
    await page.reload();
    await expect(items).toHaveCount(2);
    await expect(items.nth(1).getByRole('textbox', { name: 'Where I used it' })).toHaveValue('SMS blast, Monday');

    const copyAgain = items.nth(1).getByRole('button', { name: 'Copy link' });
    await copyAgain.click();
    await expect(copyAgain).toHaveText('Copied');
    expect(await readClipboard(page)).toBe(MAIN);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^links-\d{4}-\d{2}-\d{2}-2-links\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => row[column('URL')])).toEqual([BUILT, MAIN]);
    expect(rows[0]?.[column('Parameters')]).toBe('aff_sub1=abc');
    expect(rows[1]?.[column('Note')]).toBe('SMS blast, Monday');
    expect(rows[1]?.[column('Offer name')]).toBe('Summer Promo');

    await items.nth(0).getByRole('button', { name: 'Delete link' }).click();
    await expect(items).toHaveCount(1);
    await expect(items.nth(0).locator('code')).toHaveText(MAIN);
    await expect(items.nth(0).getByRole('button', { name: 'Delete link' })).toBeFocused();
  });
});
