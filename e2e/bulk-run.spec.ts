import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { getDemoDataset, HOSTILE_OFFER_IDS, NOT_APPROVED_OFFER_IDS, toBulkOffers } from '../demo-api/data/index.ts';
import type { Offer } from '../src/contract/index.ts';
import { BulkPage } from './pages/bulk-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { LINKS_FAILING_OFFER } from './support/fault-ids.ts';
import { LIMITED_API_URL } from './support/ports.ts';
import { expect, expectAccessible, test } from './support/test.ts';

const dataset = getDemoDataset();

function offerById(id: string): Offer {
  const offer = dataset.offersById.get(id);
  if (!offer) throw new Error(`No offer ${id} in the demo data`);
  return offer;
}

/**
 * A page of the list as the API gives it (archived offers left out), plus a refusal, a
 * forced 500 and an offer whose name is a spreadsheet formula.
 */
const PAGE = dataset.offers.filter((offer) => offer.status !== 'archived').slice(0, 20);
const NOT_APPROVED = offerById(NOT_APPROVED_OFFER_IDS[0] ?? '');
const RUN = [
  ...PAGE.filter((offer) => offer.id !== LINKS_FAILING_OFFER.id && offer.id !== NOT_APPROVED.id),
  NOT_APPROVED,
  LINKS_FAILING_OFFER,
  offerById(HOSTILE_OFFER_IDS.formulaCells),
];

/** Writes the hand-off the offers list writes, then opens the run. */
async function openRun(page: Page, offers: readonly Offer[], baseUrl?: string): Promise<BulkPage> {
  await new SettingsPage(page).goto();
  const input = {
    api: baseUrl ?? '/api',
    createdAt: new Date().toISOString(),
    offers: toBulkOffers(offers),
  };
  await page.evaluate(
    ([text, url]) => {
      sessionStorage.setItem('offers-dashboard.bulk-run', text);
      if (url) localStorage.setItem('offers-dashboard.api-base-url', url);
    },
    [JSON.stringify({ v: 1, data: input }), baseUrl ?? ''] as const,
  );
  await page.goto('/bulk');
  const bulk = new BulkPage(page);
  await expect(bulk.heading(offers.length)).toBeVisible();
  return bulk;
}

/** What a spreadsheet-safe export writes for a value (OWASP: a leading apostrophe on a formula). */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

test.describe('bulk tracking links', () => {
  test('a page of offers: every outcome with its reason, and a CSV that matches the API row by row', async ({
    page,
    request,
  }) => {
    const bulk = await openRun(page, RUN);
    await expect(bulk.finished).toBeVisible({ timeout: 20_000 });
    await expect(bulk.progress).toHaveAttribute('value', String(RUN.length));
    await expect(bulk.row(NOT_APPROVED.id)).toContainText('Not approved for your account');
    await expect(bulk.row(LINKS_FAILING_OFFER.id)).toContainText('Failed');
    await expect(bulk.row(LINKS_FAILING_OFFER.id)).toContainText('(HTTP 500)');
    await expectAccessible(page, 'the finished bulk run');

    // Keyboard only: Tab to the export and press Enter.
    const downloading = page.waitForEvent('download');
    await page.locator('body').focus();
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === 'Download CSV') break;
    }
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^tracking-links-\\d{4}-\\d{2}-\\d{2}-${RUN.length}-offers\\.csv$`),
    );
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    expect(rows).toHaveLength(RUN.length);
    const column = (name: string) => header.indexOf(name);

    for (const [at, offer] of RUN.entries()) {
      const row = rows[at] ?? [];
      expect(row[column('Offer id')]).toBe(offer.id);
      expect(row[column('Name')]).toBe(neutralised(offer.name));
      const answer = await request.get(`/api/aff/v1/offers/${encodeURIComponent(offer.id)}/tracking_links`);
      const body = (await answer.json()) as {
        code: number;
        data?: { tracking_link: { url: string; offer_url: Array<{ type: string; tracking_link: string }> } };
      };
      if (offer.id === LINKS_FAILING_OFFER.id) {
        expect(row[column('Outcome')]).toBe('Failed');
      } else if (offer.id === NOT_APPROVED.id) {
        expect(row[column('Outcome')]).toBe('Not approved');
      } else {
        const links = body.data?.tracking_link;
        expect(links, `links of ${offer.id}`).toBeDefined();
        expect(row[column('Outcome')]).toBe('Done');
        expect(row[column('Tracking link')]).toBe(neutralised(links?.url ?? ''));
        for (const [n, landing] of (links?.offer_url ?? []).entries()) {
          expect(row[column(`Landing page ${n + 1} type`)]).toBe(neutralised(landing.type));
          expect(row[column(`Landing page ${n + 1} link`)]).toBe(neutralised(landing.tracking_link));
        }
      }
    }
  });

  test('a rate-limited API: the run pauses as asked and still finishes', async ({ page }) => {
    test.setTimeout(60_000);
    const offers = PAGE.filter((offer) => !NOT_APPROVED_OFFER_IDS.includes(offer.id)).slice(0, 16);
    const bulk = await openRun(page, offers, LIMITED_API_URL);
    await expect(page.locator('#main').getByText(/Paused: the API asked to wait \d+ seconds?\./)).toBeVisible({
      timeout: 15_000,
    });
    await expectAccessible(page, 'a bulk run in progress');
    await expect(bulk.finished).toBeVisible({ timeout: 40_000 });
    await expect(bulk.progress).toHaveAttribute('value', String(offers.length));
    await expect(bulk.cell('Done')).toHaveCount(offers.length);
  });

  test('Cancel mid-run keeps the offers done and offers to fetch the rest', async ({ page }) => {
    test.setTimeout(60_000);
    const offers = dataset.offers.slice(40, 80);
    const bulk = await openRun(page, offers, LIMITED_API_URL);
    const done = bulk.cell('Done');
    await expect(done.first()).toBeVisible({ timeout: 15_000 });
    await bulk.cancel.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Cancelled: the offers done so far are kept.')).toBeVisible();
    const kept = await done.count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(offers.length);
    await expect(bulk.fetchTheRest).toBeVisible();
    // Nothing more arrives after the cancel.
    await page.waitForTimeout(1_000);
    expect(await done.count()).toBe(kept);
  });
});
