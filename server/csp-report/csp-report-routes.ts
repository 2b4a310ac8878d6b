import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../logger.ts';
import { createCspReportStore } from './csp-report-store.ts';
import { budgetedLogger } from './log-budget.ts';
import { CSP_REPORT_TYPES, parseCspReports, type CspReportSummary } from './parse-csp-report.ts';

/** Reports are small; anything bigger is not a browser's report. */
export const MAX_CSP_REPORT_BYTES = 64 * 1024;
/** Report lines logged per minute at most; the rest are counted in one line. */
export const CSP_REPORT_LOG_LINES_PER_MINUTE = 20;

const NO_STORE = { 'Cache-Control': 'no-store' };

export interface CspReportRoutesOptions {
  /** Serve `GET /` (the last reports, document URLs included). For test runs only. */
  readonly readable: boolean;
  readonly now?: () => Date;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function describe(report: CspReportSummary): string {
  const blocked = report.blockedUrl === '' ? '-' : report.blockedUrl;
  const directive = report.directive === '' ? '?' : report.directive;
  return `csp-report ${directive} blocked=${blocked} document=${report.documentUrl === '' ? '-' : report.documentUrl}`;
}

/**
 * `POST /` takes violation reports (`application/csp-report` from report-uri,
 * `application/reports+json` from report-to) and logs one line per report, at most
 * CSP_REPORT_LOG_LINES_PER_MINUTE a minute. With `readable`, it also keeps the last 100
 * and `GET /` lists them as `{"reports": [...]}`, so an end-to-end suite can assert that
 * none happened; otherwise GET is 405, as reports name the pages users visited. Mount at
 * /csp-report.
 */
export function cspReportRoutes(log: Logger, options: CspReportRoutesOptions): Hono {
  const now = options.now ?? (() => new Date());
  const store = options.readable ? createCspReportStore() : undefined;
  const reportLog = budgetedLogger(log, {
    limit: CSP_REPORT_LOG_LINES_PER_MINUTE,
    windowMs: 60_000,
    now: () => now().getTime(),
    droppedLine: (count) =>
      `csp-report ${count} more report(s) not logged (over ${CSP_REPORT_LOG_LINES_PER_MINUTE} a minute)`,
  });
  const allowed = store === undefined ? 'POST' : 'GET, HEAD, POST';
  const app = new Hono();

  if (store !== undefined) app.get('/', (c) => c.json({ reports: store.list() }, 200, NO_STORE));

  app.post(
    '/',
    bodyLimit({ maxSize: MAX_CSP_REPORT_BYTES, onError: (c) => c.json({ error: 'Report too large' }, 413, NO_STORE) }),
    async (c) => {
      if (!(CSP_REPORT_TYPES as readonly string[]).includes(mediaType(c.req.header('Content-Type')))) {
        return c.json({ error: 'Unsupported report type' }, 415, NO_STORE);
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text()) as unknown;
      } catch {
        return c.json({ error: 'Report is not JSON' }, 400, NO_STORE);
      }
      const reports = parseCspReports(body, now().toISOString());
      if (reports === null) return c.json({ error: 'Not a CSP violation report' }, 400, NO_STORE);
      for (const report of reports) {
        store?.add(report);
        reportLog(describe(report));
      }
      return c.body(null, 204, NO_STORE);
    },
  );

  app.all('/', (c) => c.json({ error: 'Method not allowed' }, 405, { ...NO_STORE, Allow: allowed }));
  return app;
}
