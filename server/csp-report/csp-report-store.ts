import type { CspReportSummary } from './parse-csp-report.ts';

export const CSP_REPORTS_KEPT = 100;

/** The most recent reports, oldest first, at most `limit` of them. */
export interface CspReportStore {
  add(report: CspReportSummary): void;
  list(): readonly CspReportSummary[];
}

export function createCspReportStore(limit: number = CSP_REPORTS_KEPT): CspReportStore {
  const reports: CspReportSummary[] = [];
  return {
    add(report) {
      reports.push(report);
      if (reports.length > limit) reports.splice(0, reports.length - limit);
    },
    list: () => [...reports],
  };
}
