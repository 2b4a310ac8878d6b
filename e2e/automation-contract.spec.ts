import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getDemoDataset, PUBLISHED_OFFER_ID, PUBLISHED_TRACKING_LINK } from '../demo-api/data/index.ts';
import { BulkPage } from './pages/bulk-page.ts';
import { LinkBuilder } from './pages/link-builder.ts';
import { LinksPage } from './pages/links-page.ts';
import { OfferPage } from './pages/offer-page.ts';
import { OffersList } from './pages/offers-list.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { LINKS_FAILING_OFFER } from './support/fault-ids.ts';
import { AUTH_API_URL, LIMITED_API_URL, UNREACHABLE_API_URL } from './support/ports.ts';
import { expect, test } from './support/test.ts';

/**
 * The names docs/automation.md promises to users' scripts. The document's tables are the
 * source of truth: each page's test reads them, brings the page into the states where its
 * controls show, and fails naming every documented row it could not find.
 */

const DOC = 'docs/automation.md';

interface DocRow {
  readonly line: number;
  readonly control: string;
  readonly role: string;
  /** null: the element has no name, "(none)" in the doc. */
  readonly name: string | null;
}

type Values = Readonly<Record<string, string | readonly string[]>>;

interface State {
  readonly label: string;
  /** Brings the page into the state and waits until it shows. */
  readonly enter: (page: Page) => Promise<void>;
  /** Values read from the page once in the state (a count it shows). */
  readonly read?: (page: Page) => Promise<Values>;
  /** What each `{placeholder}` stands for here; a list means every value must be found. */
  readonly values?: Values;
}

/** The rows of every `### Section` table with the columns control | role | accessible name | notes. */
function readDoc(): Map<string, DocRow[]> {
  const sections = new Map<string, DocRow[]>();
  let current: DocRow[] | undefined;
  let inTable = false;
  for (const [index, line] of readFileSync(DOC, 'utf8').split('\n').entries()) {
    if (line.startsWith('#')) {
      current = line.startsWith('### ') ? [] : undefined;
      if (current) sections.set(line.slice(4).trim(), current);
      inTable = false;
      continue;
    }
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((cell) => cell.trim());
    if (/^control$/i.test(cells[0] ?? '') && /^accessible name$/i.test(cells[2] ?? '')) {
      inTable = true;
      continue;
    }
    if (!inTable || !current || /^-+$/.test(cells[0] ?? '')) continue;
    const [control = '', role = '', name = ''] = cells;
    current.push({
      line: index + 1,
      control,
      role: unquote(role),
      name: name === '(none)' ? null : unquote(name),
    });
  }
  return sections;
}

function unquote(cell: string): string {
  const match = /^`(.*)`$/.exec(cell);
  if (!match?.[1]) throw new Error(`${DOC}: expected a \`code\` cell, got "${cell}"`);
  return match[1];
}

/** Every concrete name a pattern stands for with these values; undefined when one is not given. */
function expand(pattern: string, values: Values): string[] | undefined {
  const placeholder = /\{([^{}]+)\}/.exec(pattern);
  if (!placeholder?.[1]) return [pattern];
  const value = values[placeholder[1]];
  if (value === undefined) return undefined;
  const results: string[] = [];
  for (const one of typeof value === 'string' ? [value] : value) {
    // Values are literal: a value with braces (Keep {macros} unencoded) is not expanded again.
    const [before, after] = [
      pattern.slice(0, placeholder.index),
      pattern.slice(placeholder.index + placeholder[0].length),
    ];
    const rest = expand(after, values);
    if (rest === undefined) return undefined;
    results.push(...rest.map((tail) => `${before}${one}${tail}`));
  }
  return results;
}

function locate(page: Page, role: string, name: string | null) {
  if (role === 'label') return page.getByLabel(name ?? '', { exact: true });
  const ariaRole = role as Parameters<Page['getByRole']>[0];
  return name === null ? page.getByRole(ariaRole) : page.getByRole(ariaRole, { name, exact: true });
}

/**
 * Enters each state in turn and looks for the rows not found yet. A row passes when, in
 * one state that gives all its placeholders, every name it stands for is on the page.
 */
async function expectDocumentedNames(page: Page, section: string, states: readonly State[]): Promise<void> {
  const rows = readDoc().get(section);
  expect(rows, `${DOC} has a "### ${section}" table`).toBeDefined();
  expect(rows?.length ?? 0, `${DOC} documents some controls of ${section}`).toBeGreaterThan(0);
  const missing = new Map<DocRow, string>(
    (rows ?? []).map((row) => [row, 'no state of the test gives its placeholders']),
  );
  for (const state of states) {
    await state.enter(page);
    const values = { ...state.values, ...(await state.read?.(page)) };
    for (const row of [...missing.keys()]) {
      const names = row.name === null ? [null] : expand(row.name, values);
      if (names === undefined) continue;
      const absent: string[] = [];
      for (const name of names) {
        if ((await locate(page, row.role, name).count()) === 0) absent.push(name ?? '(no name)');
      }
      if (absent.length === 0) missing.delete(row);
      else missing.set(row, `not found ${state.label}: ${absent.map((name) => `"${name}"`).join(', ')}`);
    }
  }
  const report = [...missing].map(
    ([row, why]) => `${DOC}:${row.line} ${row.control} | ${row.role} | ${row.name ?? '(none)'}: ${why}`,
  );
  expect(report, `documented names of ${section} missing from the page`).toEqual([]);
}

const dataset = getDemoDataset();
const nonArchived = dataset.offers.filter((offer) => offer.status !== 'archived');
/** First-page offers with short names, so the names built on them stay readable. */
const SHORT_NAMED = nonArchived
  .slice(0, 25)
  .filter((offer) => /^\S(?:\S| (?! ))*$/u.test(offer.name) && offer.name.length <= 60);

function shortNamed(at: number): { id: string; name: string } {
  const offer = SHORT_NAMED[at];
  if (!offer?.name) throw new Error('the demo data has too few short-named offers on the first page');
  return { id: offer.id, name: offer.name };
}
const SUMMER_PROMO = 'Summer Promo';
/** Summer Promo's landing pages that have a preview link. */
const PREVIEWED_LABELS = ['Default', 'Offer URL “360”', 'Offer URL “qq”'];
const PRESET = 'Contract preset';

async function savePreset(page: Page): Promise<void> {
  const offer = new OfferPage(page);
  await offer.goto(PUBLISHED_OFFER_ID);
  const builder = await new LinkBuilder(page).open();
  await builder.presetName.fill(PRESET);
  await builder.savePreset.click();
  await expect(builder.savedPresets).toContainText(PRESET);
}

/** Selects offers on the list by searching for each id, then opens the bulk run. */
async function runOffers(page: Page, offers: ReadonlyArray<{ id: string; name: string }>): Promise<void> {
  const list = new OffersList(page);
  await list.goto();
  for (const offer of offers) {
    await list.search.fill(offer.id);
    await expect(list.rows).toHaveCount(1);
    await list.selectOffer(offer).check();
  }
  await list.getTrackingLinks(offers.length).click();
  await expect(new BulkPage(page).heading(offers.length)).toBeVisible();
}

test.describe('automation contract: every name in docs/automation.md is on its page', () => {
  test('every documented page has its test', () => {
    expect([...readDoc().keys()].sort()).toEqual(
      ['Every page', 'Offers list', 'Offer page', 'Link builder', 'Bulk run', 'Settings', 'Links page'].sort(),
    );
  });

  test('Every page names', async ({ page }) => {
    await expectDocumentedNames(page, 'Every page', [
      {
        label: 'on the offers list',
        enter: async () => {
          const list = new OffersList(page);
          await list.goto();
          await expect(list.rows.first()).toBeVisible();
        },
      },
    ]);
  });

  test('Offers list names', async ({ page }) => {
    const list = new OffersList(page);
    const first = shortNamed(0);
    await expectDocumentedNames(page, 'Offers list', [
      {
        label: 'after an offer was viewed',
        values: { page: '1', name: first.name },
        enter: async () => {
          await new OfferPage(page).goto(PUBLISHED_OFFER_ID);
          await expect(new OfferPage(page).heading(SUMMER_PROMO)).toBeVisible();
          await list.goto();
          await expect(list.rows).toHaveCount(25);
          await expect(list.recentlyViewed).toBeVisible();
        },
      },
      {
        label: 'with one offer selected',
        values: { count: '1 offer', n: nonArchived.length.toLocaleString('en-US') },
        enter: async () => {
          await list.selectOffer(first).check();
          await expect(list.selection).toBeVisible();
          await expect(list.selectAllMatching).toBeVisible();
        },
      },
      {
        label: 'while searching',
        values: { page: '1', query: first.name },
        enter: async () => {
          await list.search.fill(first.name);
          await expect(list.rows.first()).toContainText(first.name);
        },
      },
    ]);
  });

  test('Offer page names', async ({ page }) => {
    const offer = new OfferPage(page);
    const second = shortNamed(1);
    await expectDocumentedNames(page, 'Offer page', [
      {
        label: 'opened from the list, between two offers',
        values: { name: second.name },
        enter: async () => {
          const list = new OffersList(page);
          await list.goto();
          await list.offerLink(second.name).click();
          await expect(offer.heading(second.name)).toBeVisible();
          await expect(offer.previousOffer).toBeVisible();
        },
      },
      {
        label: 'on Summer Promo',
        values: { name: SUMMER_PROMO, label: PREVIEWED_LABELS },
        enter: async () => {
          await offer.goto(PUBLISHED_OFFER_ID);
          await expect(offer.copy('tracking link')).toBeVisible();
          await expect(offer.loadPixel).toBeVisible();
          await expect(offer.metadata(SUMMER_PROMO)).toBeVisible();
        },
      },
      {
        label: 'with the keyboard shortcuts open',
        enter: async () => {
          await offer.keyboardShortcuts.click();
          await expect(offer.shortcutsDialog).toBeVisible();
        },
      },
      {
        label: 'with a QR code open',
        values: { url: PUBLISHED_TRACKING_LINK.url },
        enter: async () => {
          await page.keyboard.press('Escape');
          await expect(offer.shortcutsDialog).toBeHidden();
          await offer.showQrCode('main tracking link').click();
          await expect(offer.qrDialog('main tracking link')).toBeVisible();
        },
      },
    ]);
  });

  test('Link builder names', async ({ page }) => {
    const offer = new OfferPage(page);
    const builder = new LinkBuilder(page);
    const fixed = { macros: '{macros}' };
    await expectDocumentedNames(page, 'Link builder', [
      {
        label: 'before it is shown',
        enter: async () => {
          await offer.goto(PUBLISHED_OFFER_ID);
          await expect(builder.show).toBeVisible({ timeout: 15_000 });
        },
      },
      {
        label: 'on the main tracking link (Offerslook names)',
        values: {
          ...fixed,
          param: ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
          source: 'source_id',
          key: ['offer_id', 'aff_id'],
        },
        enter: async () => {
          await builder.open();
          await builder.linkToBuild.selectOption({ label: 'Main tracking link' });
          await expect(builder.field('aff_sub1')).toBeVisible();
        },
      },
      {
        label: 'with a parameter added',
        values: { ...fixed, n: '1' },
        enter: async () => {
          await builder.addParameter.click();
          await expect(builder.parameterName(1)).toBeVisible();
        },
      },
      {
        label: 'on the TUNE tracking URL, with the attribution warning',
        values: {
          ...fixed,
          param: ['aff_sub', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5'],
          source: 'source',
          slot: 'aff_sub2',
        },
        enter: async () => {
          await builder.linkToBuild.selectOption({ label: 'Offer tracking URL' });
          await builder.field('aff_sub').fill('abc');
          await expect(builder.useInstead('aff_sub2')).toBeVisible();
        },
      },
      {
        label: 'with a preset saved',
        values: { preset: PRESET },
        enter: async () => {
          await builder.presetName.fill(PRESET);
          await builder.savePreset.click();
          await expect(builder.savedPresets).toContainText(PRESET);
        },
      },
    ]);
  });

  test('Bulk run names', async ({ page }) => {
    test.setTimeout(90_000);
    const bulk = new BulkPage(page);
    const failing = { id: LINKS_FAILING_OFFER.id, name: LINKS_FAILING_OFFER.name };
    await expectDocumentedNames(page, 'Bulk run', [
      {
        label: 'after a run with a failure',
        values: {
          count: '2 offers',
          name: SUMMER_PROMO,
          label: ['Default', 'Random'],
          slot: ['1', '2', '3', '4', '5'],
          n: '1',
        },
        enter: async () => {
          // The preset select shows only when the link builder has saved presets.
          await savePreset(page);
          await runOffers(page, [{ id: PUBLISHED_OFFER_ID, name: SUMMER_PROMO }, failing]);
          await expect(bulk.finished).toBeVisible({ timeout: 30_000 });
        },
      },
      {
        label: 'while a run on a rate-limited API goes',
        values: { count: '25 offers' },
        enter: async () => {
          const settings = new SettingsPage(page);
          await settings.goto();
          await settings.apiBaseUrl.fill(LIMITED_API_URL);
          await settings.save.click();
          await expect(page.getByText('Saved.')).toBeVisible();
          const list = new OffersList(page);
          await list.goto();
          await expect(list.rows).toHaveCount(25);
          await list.selectAllOnPage.check();
          await list.getTrackingLinks(25).click();
          await expect(bulk.cancel).toBeVisible();
        },
      },
      {
        label: 'after a cancel',
        enter: async () => {
          await bulk.cancel.click();
          await expect(bulk.fetchTheRest).toBeVisible();
        },
        read: async () => ({ n: /\((\d+)\)/.exec((await bulk.fetchTheRest.textContent()) ?? '')?.[1] ?? '?' }),
      },
    ]);
  });

  test('Settings names', async ({ page }) => {
    const settings = new SettingsPage(page);
    await expectDocumentedNames(page, 'Settings', [
      {
        label: 'sent there by a refusal, behind the gateway',
        enter: async () => {
          await settings.goto('reason=unauthorized');
          await expect(settings.reason).toBeVisible();
        },
      },
      {
        label: 'with an API of its own',
        enter: async () => {
          await settings.apiBaseUrl.fill(AUTH_API_URL);
          await expect(settings.tracklyApiKey).toBeVisible();
        },
      },
      {
        label: 'with keys saved for another API',
        enter: async () => {
          await settings.tracklyApiKey.fill('trk_contract');
          await settings.save.click();
          await expect(page.getByText('Saved.')).toBeVisible();
          await settings.apiBaseUrl.fill(UNREACHABLE_API_URL);
          await expect(settings.savedKeysNote).toBeVisible();
        },
      },
    ]);
  });

  test('Links page names', async ({ page }) => {
    const links = new LinksPage(page);
    await expectDocumentedNames(page, 'Links page', [
      {
        label: 'with one link copied on an offer page',
        values: { name: SUMMER_PROMO },
        enter: async () => {
          const offer = new OfferPage(page);
          await offer.goto(PUBLISHED_OFFER_ID);
          await offer.copy('tracking link').click();
          await expect(offer.copy('tracking link')).toHaveText('Copied');
          await links.navLink.click();
          // Not awaited to the end: the rows report what is missing, by name.
          await links.list.waitFor({ timeout: 10_000 }).catch(() => undefined);
        },
      },
    ]);
  });
});
