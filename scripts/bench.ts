/**
 * npm run bench [-- --runs N]
 *
 * Times three user flows over the production build on the production server (demo API
 * embedded, zero latency) in the system Chromium, each run in a fresh browser context
 * (empty cache and storage), and prints median, p90, min and max:
 *
 *   (a) cold load of /offers until the first table row is in the DOM;
 *   (b) on /offers, hover the first offer's link, let the prefetch finish, click, and
 *       time from the click event until the offer's h1 is in the DOM;
 *   (c) cold load of /offers/:id until both the offer's h1 and the "Copy tracking link"
 *       button are in the DOM;
 *   (d) the bulk run: 1,000 offers' tracking links with the demo API at 100 ms, 4 at
 *       once (floor 25 s): time, ratio to the floor, peak JS heap, longest task;
 *   (e) the longest main-thread task at 1× CPU while the list loads 100 rows, the search
 *       takes one character, 100 checkboxes are ticked, and an offer with 2,000 metadata
 *       keys and 300 landing pages loads (target: none over 50 ms).
 *
 * Times come from the page's own clock (performance.now(), event.timeStamp) via a
 * MutationObserver, so Playwright's round trips are not in them. It also counts each
 * flow's API calls (/v2/offers, /aff/v1/), and flags duplicates and, for (c), a
 * waterfall between the offer and its tracking links. Nothing fails on time: the exit
 * code is 1 only when a flow could not be completed at all.
 *
 * --runs N     measured runs per flow (default 20); one more unmeasured warm-up run
 *              per flow comes first.
 * --bulk-only        only the bulk figure (d).
 * --long-tasks-only  only the long-task figures (e).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { parseArgs } from 'node:util';
import { PUBLISHED_OFFER } from '../demo-api/data/published.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import {
  compareStarts,
  findDuplicates,
  isApiUrl,
  pathOf,
  tally,
  type ApiRequest,
  type Waterfall,
} from './lib/api-requests.ts';
import {
  armClickToHeading,
  marksScript,
  READ_MARKS,
  toPageMarks,
  type MarkedWindow,
  type PageMarks,
} from './lib/page-marks.ts';
import { BULK_LATENCY_MS, describeBulk, measureBulk } from './lib/bulk-bench.ts';
import { describeLongTasks, measureLongTasks } from './lib/long-task-bench.ts';
import { startProductionServer, withFreshServer } from './lib/production-server.ts';
import { runMain } from './lib/run-main.ts';
import { summarize } from './lib/stats.ts';
import { formatTable } from './lib/table.ts';

const STEP_TIMEOUT_MS = 15_000;
/** The network counts as settled once no API call has been in flight for this long. */
const QUIET_MS = 150;
/** How long a hover may take to start its prefetch before we conclude it has none. */
const PREFETCH_START_MS = 1_000;

interface RunResult {
  /** Named durations in ms. */
  readonly times: Readonly<Record<string, number>>;
  readonly requests: readonly ApiRequest[];
  readonly waterfall?: Waterfall;
  readonly notes: readonly string[];
}

interface Flow {
  readonly id: string;
  readonly title: string;
  /** The duration the flow is about, then any extra breakdowns. */
  readonly timeNames: readonly string[];
  run(browser: Browser, baseUrl: string): Promise<RunResult>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Records the page's API calls, tagged with the flow's current phase. */
class ApiRecorder {
  readonly requests: ApiRequest[] = [];
  readonly errors: string[] = [];
  phase = 'load';
  private inFlight = 0;
  private lastChange = Date.now();
  private readonly records = new Map<Request, ApiRequest>();

  constructor(page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('request', (request) => {
      if (!isApiUrl(request.url())) return;
      const record: ApiRequest = { method: request.method(), path: pathOf(request.url()), phase: this.phase };
      this.requests.push(record);
      this.records.set(request, record);
      this.inFlight += 1;
      this.lastChange = Date.now();
    });
    const settle = (request: Request, failed: boolean): void => {
      const record = this.records.get(request);
      if (record === undefined) return;
      const timing = request.timing();
      record.start = timing.startTime;
      record.end = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : undefined;
      record.failed = failed;
      this.inFlight -= 1;
      this.lastChange = Date.now();
    };
    page.on('requestfinished', (request) => {
      settle(request, false);
    });
    page.on('requestfailed', (request) => {
      settle(request, true);
    });
  }

  /** Resolves once no API call has been in flight for QUIET_MS. */
  async settled(): Promise<void> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (this.inFlight > 0 || Date.now() - this.lastChange < QUIET_MS) {
      if (Date.now() > deadline)
        throw new Error(`${this.inFlight} API request(s) still in flight after ${STEP_TIMEOUT_MS} ms`);
      await sleep(20);
    }
  }

  /** Resolves true once a call started in `phase`, or false after `ms`. */
  async started(phase: string, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.requests.some((request) => request.phase === phase)) {
      if (Date.now() > deadline) return false;
      await sleep(10);
    }
    return true;
  }
}

async function readMarks(page: Page): Promise<PageMarks> {
  return toPageMarks(await page.evaluate(READ_MARKS));
}

async function waitForMark(page: Page, name: keyof PageMarks, what: string): Promise<void> {
  try {
    // An inline arrow function (no name for keepNames to wrap): a string predicate would
    // be eval()ed in the page, which the app's CSP blocks.
    await page.waitForFunction((mark) => (window as unknown as MarkedWindow).__bench?.marks[mark] !== undefined, name, {
      timeout: STEP_TIMEOUT_MS,
      polling: 'raf',
    });
  } catch (error) {
    throw new Error(`${what} did not appear within ${STEP_TIMEOUT_MS} ms (${page.url()})`, { cause: error });
  }
}

function required(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`no time recorded for ${what}`);
  return value;
}

/** Opens a fresh context and page with the marks script, and always closes the context. */
async function inFreshPage<T>(
  browser: Browser,
  heading: string | null,
  body: (page: Page, api: ApiRecorder) => Promise<T>,
): Promise<T> {
  const context: BrowserContext = await browser.newContext();
  try {
    await context.addInitScript({ content: marksScript(heading) });
    const page = await context.newPage();
    const api = new ApiRecorder(page);
    const result = await body(page, api);
    if (api.errors.length > 0) throw new Error(`the page threw: ${api.errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Both offers flows start the same way: navigate, then wait for the app's first-row mark. */
async function openOffersCold(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/offers`, { waitUntil: 'commit' });
  await waitForMark(page, 'rows', 'the first offers row');
}

const OFFER_PATH = `/offers/${encodeURIComponent(PUBLISHED_OFFER.id)}`;

const FLOWS: readonly Flow[] = [
  {
    id: 'a',
    title: '(a) cold load /offers → first row',
    timeNames: ['first row'],
    run: (browser, baseUrl) =>
      inFreshPage(browser, null, async (page, api) => {
        await openOffersCold(page, baseUrl);
        const marks = await readMarks(page);
        await api.settled();
        return { times: { 'first row': required(marks.rows, 'the first row') }, requests: api.requests, notes: [] };
      }),
  },
  {
    id: 'b',
    title: '(b) /offers: hover, prefetch, click → offer h1',
    timeNames: ['click → h1'],
    run: (browser, baseUrl) =>
      inFreshPage(browser, null, async (page, api) => {
        await openOffersCold(page, baseUrl);
        await api.settled();

        const link = page.locator('table tbody tr').first().locator('a').first();
        const name = (await link.textContent())?.trim() ?? '';
        if (name === '') throw new Error('the first row has no named link');
        const href = (await link.getAttribute('href')) ?? '';
        api.phase = 'hover';
        await link.hover();
        const notes: string[] = [
          `hovered and clicked ${href}; [click] requests for other ids are the new page's own prefetches`,
        ];
        if (!(await api.started('hover', PREFETCH_START_MS)))
          notes.push(`hovering started no API request within ${PREFETCH_START_MS} ms`);
        await api.settled();

        await page.evaluate(armClickToHeading(name));
        api.phase = 'click';
        await link.click();
        await waitForMark(page, 'heading', `the h1 "${name}"`);
        const marks = await readMarks(page);
        await api.settled();
        const clicked = required(marks.click, 'the click');
        return {
          times: { 'click → h1': required(marks.heading, 'the offer h1') - clicked },
          requests: api.requests,
          notes,
        };
      }),
  },
  {
    id: 'c',
    title: `(c) cold load /offers/:id → h1 + tracking links`,
    timeNames: ['h1 + links', 'h1', 'links'],
    run: (browser, baseUrl) =>
      inFreshPage(browser, PUBLISHED_OFFER.name, async (page, api) => {
        await page.goto(`${baseUrl}${OFFER_PATH}`, { waitUntil: 'commit' });
        await waitForMark(page, 'heading', `the h1 "${PUBLISHED_OFFER.name}"`);
        await waitForMark(page, 'trackingLinks', 'the "Copy tracking link" button');
        const marks = await readMarks(page);
        await api.settled();
        const heading = required(marks.heading, 'the offer h1');
        const links = required(marks.trackingLinks, 'the tracking links');
        const offerRequest = api.requests.find((request) => request.path.includes('/v2/offers/'));
        const linksRequest = api.requests.find((request) => request.path.includes('/aff/v1/'));
        return {
          times: { 'h1 + links': Math.max(heading, links), h1: heading, links },
          requests: api.requests,
          waterfall: compareStarts(offerRequest, linksRequest),
          notes: [],
        };
      }),
  },
];

interface FlowReport {
  readonly flow: Flow;
  readonly results: readonly RunResult[];
  readonly failures: readonly string[];
}

async function measure(flow: Flow, browser: Browser, baseUrl: string, runs: number): Promise<FlowReport> {
  const results: RunResult[] = [];
  const failures: string[] = [];
  process.stdout.write(`${flow.title}: warm-up`);
  try {
    await flow.run(browser, baseUrl);
  } catch (error) {
    failures.push(`warm-up: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(run === 1 ? `, runs 1` : run % 5 === 0 ? ` ${run}` : '.');
    try {
      results.push(await flow.run(browser, baseUrl));
    } catch (error) {
      failures.push(`run ${run}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.stdout.write('\n');
  return { flow, results, failures };
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

function timingTable(reports: readonly FlowReport[]): string {
  const rows: string[][] = [];
  for (const { flow, results } of reports) {
    flow.timeNames.forEach((name, index) => {
      const values = results.map((result) => result.times[name]).filter((value) => value !== undefined);
      const label = index === 0 ? flow.title : `    ${name} alone`;
      if (values.length === 0) {
        rows.push([label, '0', '–', '–', '–', '–']);
        return;
      }
      const summary = summarize(values);
      rows.push([label, String(summary.count), ms(summary.median), ms(summary.p90), ms(summary.min), ms(summary.max)]);
    });
  }
  return formatTable(
    [
      { title: 'flow' },
      { title: 'runs', align: 'right' },
      { title: 'median', align: 'right' },
      { title: 'p90', align: 'right' },
      { title: 'min', align: 'right' },
      { title: 'max', align: 'right' },
    ],
    rows,
  );
}

function describeWaterfall(waterfall: Waterfall | undefined): string {
  if (waterfall === undefined) return '–';
  switch (waterfall.kind) {
    case 'parallel':
      return 'no (parallel)';
    case 'waterfall':
      return 'YES';
    case 'unknown':
      return `unknown: ${waterfall.reason}`;
  }
}

function countByPhase(requests: readonly ApiRequest[]): string {
  const phases = [...new Set(requests.map((request) => request.phase))];
  const total = String(requests.length);
  if (phases.length <= 1) return total;
  return `${total} (${phases.map((phase) => `${phase} ${requests.filter((request) => request.phase === phase).length}`).join(', ')})`;
}

function requestReport(reports: readonly FlowReport[]): string {
  const rows = reports.map(({ flow, results }) => {
    const duplicates = results.map(
      (result) =>
        findDuplicates(result.requests)
          .map((duplicate) => `${duplicate.request} ×${duplicate.count} (${duplicate.phases.join(', ')})`)
          .join('; ') || 'none',
    );
    const waterfalls = results.map((result) => describeWaterfall(result.waterfall));
    return [
      flow.title.slice(0, 3),
      results.length === 0 ? '–' : tally(results.map((result) => countByPhase(result.requests))),
      results.length === 0 ? '–' : tally(duplicates),
      results.length === 0 ? '–' : tally(waterfalls),
    ];
  });
  const table = formatTable(
    [{ title: 'flow' }, { title: 'API requests per run' }, { title: 'duplicates' }, { title: 'waterfall' }],
    rows,
  );

  const lines = [table, ''];
  for (const { flow, results } of reports) {
    const sample = results[0];
    if (sample === undefined) continue;
    lines.push(`${flow.title.slice(0, 3)} requests in run 1:`);
    for (const request of sample.requests) {
      const timing =
        request.start !== undefined && request.end !== undefined ? `, ${ms(request.end - request.start)}` : '';
      lines.push(
        `    [${request.phase}] ${request.method} ${request.path}${request.failed ? ' (failed)' : ''}${timing}`,
      );
    }
    const gaps = results.flatMap((result) =>
      result.waterfall !== undefined && result.waterfall.kind !== 'unknown' ? [result.waterfall.startGapMs] : [],
    );
    if (gaps.length > 0) {
      const gap = summarize(gaps);
      lines.push(`    tracking links started ${ms(gap.median)} after the offer request (median; max ${ms(gap.max)})`);
    }
    for (const note of new Set(results.flatMap((result) => result.notes))) lines.push(`    note: ${note}`);
  }
  return lines.join('\n');
}

function parseFlags(): { runs: number; bulkOnly: boolean; longTasksOnly: boolean } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      'bulk-only': { type: 'boolean', default: false },
      'long-tasks-only': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, got "${values.runs}"`);
  return { runs, bulkOnly: values['bulk-only'], longTasksOnly: values['long-tasks-only'] };
}

async function main(): Promise<number> {
  const { runs, bulkOnly, longTasksOnly } = parseFlags();
  return withFreshServer(async (server, built) => {
    const executablePath = findChromium();
    const browser: Browser = await chromium.launch({
      ...(executablePath === undefined ? {} : { executablePath }),
      args: CHROMIUM_ARGS,
    });
    try {
      console.log(
        `Chromium ${browser.version()}${executablePath ? ` (${executablePath})` : ''}; built ${built.builtAt.toISOString()}; ${server.url}\n`,
      );

      if (!bulkOnly) {
        try {
          console.log(`${describeLongTasks(await measureLongTasks(browser, server.url))}\n`);
        } catch (error) {
          console.error(`(e) long tasks failed: ${error instanceof Error ? error.message : String(error)}`);
          return 1;
        }
        if (longTasksOnly) return 0;
      }

      const reports: FlowReport[] = [];
      if (!bulkOnly) for (const flow of FLOWS) reports.push(await measure(flow, browser, server.url, runs));

      if (!bulkOnly) {
        console.log(
          `\nTimes from the page's clock, ${runs} runs per flow, fresh browser context each run (times to the DOM, before paint)\n`,
        );
        console.log(timingTable(reports));
        console.log('\nAPI calls (paths with /v2/offers or /aff/v1/)\n');
        console.log(requestReport(reports));
      }

      // A server of its own, its demo API slowed to the latency the bulk figure is about.
      const slow = await startProductionServer(built.distDir, { latencyMs: BULK_LATENCY_MS });
      let bulkFailed = false;
      try {
        console.log(`\n${describeBulk(await measureBulk(browser, slow.url))}`);
      } catch (error) {
        bulkFailed = true;
        console.error(`\n(d) bulk failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await slow.close();
      }

      const failures = reports.flatMap(({ flow, failures: list }) =>
        list.map((failure) => `${flow.title.slice(0, 3)} ${failure}`),
      );
      if (failures.length > 0) console.error(`\nFailed runs:\n  ${failures.join('\n  ')}`);
      return reports.every((report) => report.results.length > 0) && !bulkFailed ? 0 : 1;
    } finally {
      await browser.close();
    }
  });
}

runMain('bench', main);
