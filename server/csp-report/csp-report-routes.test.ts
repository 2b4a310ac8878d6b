import { describe, expect, it } from 'vitest';
import { createServer } from '../app.ts';
import { readServerOptions } from '../options.ts';
import { testServerOptions } from '../testing/server-options.ts';
import { cspReportRoutes, CSP_REPORT_LOG_LINES_PER_MINUTE, MAX_CSP_REPORT_BYTES } from './csp-report-routes.ts';
import { CSP_REPORTS_KEPT } from './csp-report-store.ts';

function setup(readable = true) {
  const lines: string[] = [];
  const clock = { now: new Date('2026-01-02T03:04:05.000Z') };
  const app = cspReportRoutes(
    (line) => {
      lines.push(line);
    },
    { readable, now: () => clock.now },
  );
  return { app, lines, clock };
}

const REPORT_URI_BODY = {
  'csp-report': {
    'document-uri': 'http://127.0.0.1:4173/offers',
    referrer: '',
    'violated-directive': 'script-src-elem',
    'effective-directive': 'script-src-elem',
    'original-policy': "default-src 'self'",
    disposition: 'enforce',
    'blocked-uri': 'inline',
    'line-number': 12,
    'source-file': 'http://127.0.0.1:4173/offers',
    'status-code': 200,
    'script-sample': 'alert(1)',
  },
};

const REPORTING_API_BODY = [
  {
    type: 'csp-violation',
    age: 10,
    url: 'http://127.0.0.1:4173/settings',
    user_agent: 'test',
    body: {
      documentURL: 'http://127.0.0.1:4173/settings',
      blockedURL: 'https://evil.example/x.js',
      effectiveDirective: 'connect-src',
      disposition: 'enforce',
      sourceFile: 'http://127.0.0.1:4173/assets/index.js',
      lineNumber: 3,
      sample: '',
    },
  },
  { type: 'deprecation', age: 1, url: 'http://127.0.0.1:4173/', body: { id: 'x' } },
];

function post(app: ReturnType<typeof setup>['app'], type: string, body: string) {
  return app.request('/', { method: 'POST', headers: { 'Content-Type': type }, body });
}

describe('/csp-report', () => {
  it('starts empty', async () => {
    const { app } = setup();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({ reports: [] });
  });

  it('accepts report-uri (application/csp-report) and report-to (application/reports+json) bodies', async () => {
    const { app, lines } = setup();
    expect((await post(app, 'application/csp-report', JSON.stringify(REPORT_URI_BODY))).status).toBe(204);
    expect(
      (await post(app, 'application/reports+json; charset=utf-8', JSON.stringify(REPORTING_API_BODY))).status,
    ).toBe(204);
    const { reports } = (await (await app.request('/')).json()) as { reports: unknown[] };
    expect(reports).toEqual([
      {
        receivedAt: '2026-01-02T03:04:05.000Z',
        documentUrl: 'http://127.0.0.1:4173/offers',
        blockedUrl: 'inline',
        directive: 'script-src-elem',
        disposition: 'enforce',
        sourceFile: 'http://127.0.0.1:4173/offers',
        lineNumber: 12,
        sample: 'alert(1)',
      },
      {
        receivedAt: '2026-01-02T03:04:05.000Z',
        documentUrl: 'http://127.0.0.1:4173/settings',
        blockedUrl: 'https://evil.example/x.js',
        directive: 'connect-src',
        disposition: 'enforce',
        sourceFile: 'http://127.0.0.1:4173/assets/index.js',
        lineNumber: 3,
        sample: '',
      },
    ]);
    expect(lines).toEqual([
      'csp-report script-src-elem blocked=inline document=http://127.0.0.1:4173/offers',
      'csp-report connect-src blocked=https://evil.example/x.js document=http://127.0.0.1:4173/settings',
    ]);
  });

  it(`keeps only the last ${CSP_REPORTS_KEPT}`, async () => {
    const { app } = setup();
    for (let i = 0; i < CSP_REPORTS_KEPT + 5; i += 1) {
      const body = { 'csp-report': { ...REPORT_URI_BODY['csp-report'], 'document-uri': `http://x/${i}` } };
      await post(app, 'application/csp-report', JSON.stringify(body));
    }
    const { reports } = (await (await app.request('/')).json()) as { reports: Array<{ documentUrl: string }> };
    expect(reports).toHaveLength(CSP_REPORTS_KEPT);
    expect(reports[0]?.documentUrl).toBe('http://x/5');
    expect(reports.at(-1)?.documentUrl).toBe(`http://x/${CSP_REPORTS_KEPT + 4}`);
  });

  it('keeps log lines on one line and bounded', async () => {
    const { app, lines } = setup();
    const body = {
      'csp-report': { 'document-uri': `http://x/\n\rforged line${'a'.repeat(2000)}`, 'blocked-uri': 'eval' },
    };
    await post(app, 'application/csp-report', JSON.stringify(body));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\n\r]/);
    expect((lines[0] ?? '').length).toBeLessThan(700);
  });

  it('does not serve GET unless readable: reports name the pages users visited', async () => {
    const { app, lines } = setup(false);
    expect((await post(app, 'application/csp-report', JSON.stringify(REPORT_URI_BODY))).status).toBe(204);
    expect(lines).toHaveLength(1);
    for (const method of ['GET', 'HEAD']) {
      const res = await app.request('/', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow'), method).toBe('POST');
      expect(await res.text(), method).not.toContain('127.0.0.1');
    }
  });

  it('is readable on the server only with CSP_REPORTS_READABLE', async () => {
    const closed = createServer(testServerOptions('/nonexistent-dist'));
    expect((await closed.request('/csp-report')).status).toBe(405);
    const open = createServer(testServerOptions('/nonexistent-dist', { cspReportsReadable: true }));
    expect(await (await open.request('/csp-report')).json()).toEqual({ reports: [] });
    expect(readServerOptions({}).cspReportsReadable).toBe(false);
    expect(readServerOptions({ CSP_REPORTS_READABLE: '1' }).cspReportsReadable).toBe(true);
  });

  it(`logs at most ${CSP_REPORT_LOG_LINES_PER_MINUTE} reports a minute and counts the rest`, async () => {
    const { app, lines, clock } = setup(false);
    const flood = JSON.stringify(REPORTING_API_BODY.slice(0, 1));
    for (let i = 0; i < 50; i += 1) {
      expect((await post(app, 'application/reports+json', flood)).status).toBe(204);
    }
    expect(lines).toHaveLength(CSP_REPORT_LOG_LINES_PER_MINUTE);
    clock.now = new Date(clock.now.getTime() + 60_000);
    await post(app, 'application/reports+json', flood);
    expect(lines.slice(CSP_REPORT_LOG_LINES_PER_MINUTE)).toEqual([
      `csp-report ${50 - CSP_REPORT_LOG_LINES_PER_MINUTE} more report(s) not logged (over ${CSP_REPORT_LOG_LINES_PER_MINUTE} a minute)`,
      'csp-report connect-src blocked=https://evil.example/x.js document=http://127.0.0.1:4173/settings',
    ]);
  });

  it('refuses other content types, non-JSON, other shapes and oversized bodies', async () => {
    const { app, lines } = setup();
    expect((await post(app, 'text/plain', JSON.stringify(REPORT_URI_BODY))).status).toBe(415);
    expect((await post(app, 'application/csp-report', '{"csp-report":')).status).toBe(400);
    expect((await post(app, 'application/csp-report', '{"hello":1}')).status).toBe(400);
    expect((await post(app, 'application/reports+json', '[1,2]')).status).toBe(400);
    const huge = JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(MAX_CSP_REPORT_BYTES) } });
    expect((await post(app, 'application/csp-report', huge)).status).toBe(413);
    const put = await app.request('/', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('Allow')).toBe('GET, HEAD, POST');
    expect(lines).toEqual([]);
    expect(await (await app.request('/')).json()).toEqual({ reports: [] });
  });
});
