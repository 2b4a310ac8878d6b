/**
 * The bulk figure of `npm run bench`: tracking links for 1,000 offers against the demo API
 * answering in 100 ms, 4 requests at once, so the floor is 1,000 × 100 ms / 4 = 25 s.
 * It reports the time, its ratio to that floor, the peak JS heap (CDP Runtime.getHeapUsage,
 * sampled) and the longest main-thread task (PerformanceObserver 'longtask') during the run.
 */
import type { Browser } from '@playwright/test';
import { getDemoDataset, toBulkOffers } from '../../demo-api/data/index.ts';

const BULK_OFFERS = 1_000;
export const BULK_LATENCY_MS = 100;
const CONCURRENCY = 4;
const BULK_FLOOR_MS = (BULK_OFFERS * BULK_LATENCY_MS) / CONCURRENCY;
const RUN_TIMEOUT_MS = 180_000;

export interface BulkFigure {
  readonly ms: number;
  /** From the run page's first render to the end: the time without loading the app. */
  readonly runMs: number;
  readonly ratio: number;
  readonly peakHeapBytes: number;
  readonly longestTaskMs: number;
  /** Before the run's page first rendered: loading and starting the app. */
  readonly longestLoadTaskMs: number;
  readonly settled: number;
}

interface LongTaskWindow {
  __longTasks?: Array<[number, number]>;
}

function runInput() {
  const offers = toBulkOffers(getDemoDataset().offers.slice(0, BULK_OFFERS));
  if (offers.length < BULK_OFFERS) throw new Error(`the demo data has only ${offers.length} offers`);
  return { v: 1, data: { api: '/demo-api', createdAt: new Date().toISOString(), offers } };
}

/** Opens /bulk with 1,000 offers handed over in sessionStorage and waits until the run finishes. */
export async function measureBulk(browser: Browser, baseUrl: string): Promise<BulkFigure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/settings`);
    await page.evaluate((text) => {
      sessionStorage.setItem('offers-dashboard.bulk-run', text);
    }, JSON.stringify(runInput()));
    await context.addInitScript(() => {
      const marked = window as unknown as LongTaskWindow;
      const tasks: Array<[number, number]> = [];
      marked.__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    let peakHeapBytes = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        peakHeapBytes = Math.max(peakHeapBytes, usedSize);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const started = Date.now();
    await page.goto(`${baseUrl}/bulk`);
    const sampler = sample();
    let runStart = 0;
    let shownAt = started;
    try {
      // Long tasks count from the page's first render on: loading the app is not the run.
      await page.getByRole('heading', { level: 1, name: /^Tracking links for/ }).waitFor({ timeout: RUN_TIMEOUT_MS });
      runStart = await page.evaluate(() => performance.now());
      shownAt = Date.now();
      await page.getByText('Finished.').waitFor({ timeout: RUN_TIMEOUT_MS });
    } finally {
      sampling = false;
      await sampler;
    }
    const ms = Date.now() - started;
    const runMs = Date.now() - shownAt;
    const settled = Number(await page.getByRole('progressbar').getAttribute('value'));
    const tasks = await page.evaluate(() => (window as unknown as LongTaskWindow).__longTasks ?? []);
    const longest = (from: number, to: number) =>
      tasks
        .filter(([start]) => start >= from && start < to)
        .reduce((most, [, duration]) => Math.max(most, duration), 0);
    return {
      ms,
      runMs,
      ratio: ms / BULK_FLOOR_MS,
      peakHeapBytes,
      longestTaskMs: longest(runStart, Number.POSITIVE_INFINITY),
      longestLoadTaskMs: longest(0, runStart),
      settled,
    };
  } finally {
    await context.close();
  }
}

export function describeBulk(figure: BulkFigure): string {
  return [
    `(d) bulk: ${BULK_OFFERS} offers' tracking links, demo API at ${BULK_LATENCY_MS} ms, ${CONCURRENCY} at once`,
    `    time ${(figure.ms / 1000).toFixed(1)} s from navigation (${(figure.runMs / 1000).toFixed(1)} s from the page's first render); floor ${(BULK_FLOOR_MS / 1000).toFixed(0)} s; ratio ${figure.ratio.toFixed(2)} (target ≤ 1.2)`,
    `    peak JS heap ${(figure.peakHeapBytes / 1024 / 1024).toFixed(1)} MB; longest main-thread task during the run ${figure.longestTaskMs.toFixed(0)} ms (target ≤ 50 ms; 0 = none over 50 ms), while the page loaded ${figure.longestLoadTaskMs.toFixed(0)} ms`,
    `    offers settled: ${figure.settled}`,
  ].join('\n');
}
