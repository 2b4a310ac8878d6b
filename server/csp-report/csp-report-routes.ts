import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../logger.ts';
import { createCspReportStore } from './csp-report-store.ts';
import { CSP_REPORT_TYPES, parseCspReports, type CspReportSummary } from './parse-csp-report.ts';

/** Reports are small; anything bigger is not a browser's report. */
export const MAX_CSP_REPORT_BYTES = 64 * 1024;

const NO_STORE = { 'Cache-Control': 'no-store' };

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
 * `application/reports+json` from report-to), logs one line per report and keeps the
 * last 100; `GET /` lists them as `{"reports": [...]}` so an end-to-end suite can assert
 * that none happened. Mount at /csp-report.
 */
export function cspReportRoutes(log: Logger, now: () => Date = () => new Date()): Hono {
  const store = createCspReportStore();
  const app = new Hono();

  app.get('/', (c) => c.json({ reports: store.list() }, 200, NO_STORE));

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
        store.add(report);
        log(describe(report));
      }
      return c.body(null, 204, NO_STORE);
    },
  );

  app.all('/', (c) => c.json({ error: 'Method not allowed' }, 405, { ...NO_STORE, Allow: 'GET, HEAD, POST' }));
  return app;
}
