/**
 * The long-task figures of `npm run bench`: the longest main-thread task (PerformanceObserver
 * 'longtask', which reports tasks over 50 ms) at 1× CPU while the user waits on four heavy
 * moments. Target: none, so every figure should read 0.
 *
 * - the list's cold load at 100 rows a page, until the rows are in and the API is quiet;
 * - typing one character into "Search offers", until the search has read what it reads;
 * - ticking 100 row checkboxes one after another;
 * - the cold load of an offer with 2,000 metadata keys and 300 landing pages.
 */
import type { Browser, Page } from '@playwright/test';
import { HOSTILE_OFFER_IDS } from '../../demo-api/data/ids.ts';

const STEP_TIMEOUT_MS = 30_000;
/** The page counts as settled once no request has been in flight for this long. */
const QUIET_MS = 300;

export interface LongTaskFigure {
  readonly scenario: string;
  /** The longest task in the scenario's window, in ms; 0 when none was over 50 ms. */
  readonly longestMs: number;
  /** How many tasks over 50 ms the window had. */
  readonly count: number;
}

interface TaskWindow {
  __longTasks?: Array<[number, number]>;
}

const OBSERVE_LONG_TASKS = `(() => {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once no request of the page has been in flight for QUIET_MS. */
function quietNetwork(page: Page): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`requests still in flight after ${STEP_TIMEOUT_MS} ms`);
      await sleep(25);
    }
  };
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function longTasksSince(page: Page, from: number, scenario: string): Promise<LongTaskFigure> {
  // A task still running when we ask is reported when it ends: let one frame pass.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const tasks = (await page.evaluate(() => (window as unknown as TaskWindow).__longTasks ?? [])).filter(
    ([start]) => start >= from,
  );
  return { scenario, longestMs: Math.max(0, ...tasks.map(([, duration]) => duration)), count: tasks.length };
}

async function withPage<T>(browser: Browser, body: (page: Page, settled: () => Promise<void>) => Promise<T>) {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: OBSERVE_LONG_TASKS });
    const page = await context.newPage();
    return await body(page, quietNetwork(page));
  } finally {
    await context.close();
  }
}

async function openList(page: Page, baseUrl: string, settled: () => Promise<void>): Promise<void> {
  await page.goto(`${baseUrl}/offers?per_page=100`);
  await page.locator('table tbody tr').nth(99).waitFor({ timeout: STEP_TIMEOUT_MS });
  await settled();
}

export async function measureLongTasks(browser: Browser, baseUrl: string): Promise<LongTaskFigure[]> {
  const figures: LongTaskFigure[] = [];

  figures.push(
    await withPage(browser, async (page, settled) => {
      await openList(page, baseUrl, settled);
      return longTasksSince(page, 0, 'list: cold load, 100 rows');
    }),
  );

  figures.push(
    await withPage(browser, async (page, settled) => {
      await openList(page, baseUrl, settled);
      const search = page
        .getByRole('searchbox', { name: 'Search offers' })
        .or(page.getByRole('textbox', { name: 'Search offers' }));
      await search.focus();
      const from = await now(page);
      await page.keyboard.press('a');
      await page.waitForURL(/[?&]q=a\b/, { timeout: STEP_TIMEOUT_MS });
      await settled();
      return longTasksSince(page, from, 'search: type one character');
    }),
  );

  figures.push(
    await withPage(browser, async (page, settled) => {
      await openList(page, baseUrl, settled);
      const boxes = page.locator('table tbody tr input[type="checkbox"]');
      const total = await boxes.count();
      if (total < 100) throw new Error(`the list shows ${total} checkboxes, not 100`);
      const from = await now(page);
      for (let index = 0; index < 100; index++) await boxes.nth(index).click();
      await settled();
      return longTasksSince(page, from, 'selection: tick 100 checkboxes');
    }),
  );

  figures.push(
    await withPage(browser, async (page, settled) => {
      await page.goto(`${baseUrl}/offers/${HOSTILE_OFFER_IDS.hugeOffer}`);
      await page.getByText('Landing page 300', { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await settled();
      return longTasksSince(page, 0, 'offer: 2,000 metadata keys, 300 landing pages');
    }),
  );

  return figures;
}

export function describeLongTasks(figures: readonly LongTaskFigure[]): string {
  const lines = ['(e) longest main-thread task at 1× CPU (target: none over 50 ms; 0 = none)'];
  for (const figure of figures) {
    const verdict = figure.longestMs > 50 ? '✗' : '✓';
    lines.push(
      `    ${figure.scenario}: ${figure.longestMs.toFixed(0)} ms ${verdict}${figure.count > 0 ? ` (${figure.count} over 50 ms)` : ''}`,
    );
  }
  return lines.join('\n');
}
