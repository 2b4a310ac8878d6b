import { APP_URL } from './ports.ts';

/**
 * After the whole suite: the production server keeps the CSP violation reports the
 * browser sent. Any report means some page broke the policy, so the run fails.
 */
export default async function noCspReports(): Promise<void> {
  const response = await fetch(`${APP_URL}/csp-report`);
  if (!response.ok) throw new Error(`Could not read the CSP reports: HTTP ${response.status}`);
  const body = (await response.json()) as { reports?: unknown };
  const reports = Array.isArray(body.reports) ? body.reports : [];
  if (reports.length > 0) {
    throw new Error(`The browser reported ${reports.length} CSP violation(s):\n${JSON.stringify(reports, null, 2)}`);
  }
  console.log('No CSP violation was reported during the suite.');
}
