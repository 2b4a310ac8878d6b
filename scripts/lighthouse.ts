/**
 * npm run lighthouse
 *
 * Runs Lighthouse (default mobile config: emulated phone, simulated slow 4G and CPU)
 * against the production build on the production server with the demo API embedded at
 * zero latency, for the offers list and the published offer's page. Prints the four
 * category scores, LCP / TBT / CLS and the targets, lists the audits that cost a
 * category points, and saves each report to .lighthouse/. Scores are noisy on a shared
 * machine, so missing a target is reported, not failed: the exit code is 1 only when
 * Lighthouse itself could not run or load a page (a page whose run fails, e.g. with
 * NO_NAVSTART when the trace recording trips on a busy machine, is tried once more).
 *
 * --only <offers|offer-detail>  audit one page.
 */
import { chromium } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PUBLISHED_OFFER_ID } from '../demo-api/data/ids.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { CATEGORIES, formatResults, type PageResult } from './lib/lighthouse-report.ts';
import { ROOT, withFreshServer } from './lib/production-server.ts';
import { runMain } from './lib/run-main.ts';

const REPORT_DIR = path.join(ROOT, '.lighthouse');

const PAGES = [
  { name: 'offers', path: '/offers' },
  { name: 'offer-detail', path: `/offers/${encodeURIComponent(PUBLISHED_OFFER_ID)}` },
] as const;

function chromePath(): string {
  return findChromium() ?? chromium.executablePath();
}

async function audit(chrome: LaunchedChrome, url: string): Promise<{ lhr: Result; html: string; json: string }> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: ['json', 'html'],
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (result === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
  const [json, html] = Array.isArray(result.report) ? result.report : [result.report, ''];
  if (json === undefined) throw new Error(`Lighthouse returned no JSON report for ${url}`);
  return { lhr: result.lhr, json, html: html ?? '' };
}

const ATTEMPTS = 2;

async function auditWithRetry(
  chrome: LaunchedChrome,
  url: string,
): Promise<{ lhr: Result; html: string; json: string }> {
  let last = await audit(chrome, url);
  for (let attempt = 2; attempt <= ATTEMPTS && last.lhr.runtimeError; attempt++) {
    console.log(`  Lighthouse could not measure the page (${last.lhr.runtimeError.code}); trying again`);
    last = await audit(chrome, url);
  }
  return last;
}

function selectedPages(): readonly (typeof PAGES)[number][] {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (values.only === undefined) return PAGES;
  const pages = PAGES.filter((page) => page.name === values.only);
  if (pages.length === 0) throw new Error(`--only takes one of: ${PAGES.map((page) => page.name).join(', ')}`);
  return pages;
}

async function main(): Promise<number> {
  const pages = selectedPages();
  mkdirSync(REPORT_DIR, { recursive: true });
  return withFreshServer(async (server) => {
    const chrome: LaunchedChrome = await launch({
      chromePath: chromePath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--no-sandbox'],
      logLevel: 'error',
    });
    try {
      const results: PageResult[] = [];
      const problems: string[] = [];
      for (const page of pages) {
        const url = `${server.url}${page.path}`;
        console.log(`Lighthouse: ${url}`);
        const { lhr, json, html } = await auditWithRetry(chrome, url);
        writeFileSync(path.join(REPORT_DIR, `${page.name}.report.json`), json);
        if (html !== '') writeFileSync(path.join(REPORT_DIR, `${page.name}.report.html`), html);
        if (lhr.runtimeError) problems.push(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        results.push({ path: page.path, lhr });
      }

      console.log(`\n${formatResults(results)}`);
      const reportDir = path.relative(process.cwd(), REPORT_DIR) || REPORT_DIR;
      console.log(`\nReports: ${pages.map((page) => `${reportDir}/${page.name}.report.{json,html}`).join(', ')}`);
      for (const problem of problems) console.error(`lighthouse: ${problem}`);
      return problems.length === 0 ? 0 : 1;
    } finally {
      chrome.kill();
    }
  });
}

runMain('lighthouse', main);
