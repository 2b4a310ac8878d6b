import { logSafe } from '../logger.ts';

/** What is kept of one violation report: a few bounded strings, nothing else the sender chose. */
export interface CspReportSummary {
  readonly receivedAt: string;
  readonly documentUrl: string;
  readonly blockedUrl: string;
  readonly directive: string;
  readonly disposition: string;
  readonly sourceFile: string;
  readonly lineNumber: number | null;
  readonly sample: string;
}

export const CSP_REPORT_TYPES = ['application/csp-report', 'application/reports+json', 'application/json'] as const;

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(fields: Fields, ...names: string[]): string {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string') return logSafe(value, 500);
  }
  return '';
}

function lineNumber(fields: Fields, name: string): number | null {
  const value = fields[name];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** `report-uri` format: `{"csp-report": {"document-uri": …, "blocked-uri": …, …}}`. */
function fromReportUri(fields: Fields, receivedAt: string): CspReportSummary {
  return {
    receivedAt,
    documentUrl: text(fields, 'document-uri'),
    blockedUrl: text(fields, 'blocked-uri'),
    directive: text(fields, 'effective-directive', 'violated-directive'),
    disposition: text(fields, 'disposition'),
    sourceFile: text(fields, 'source-file'),
    lineNumber: lineNumber(fields, 'line-number'),
    sample: text(fields, 'script-sample'),
  };
}

/** Reporting API format: `[{"type": "csp-violation", "body": {"documentURL": …, …}}]`. */
function fromReportingApi(fields: Fields, receivedAt: string): CspReportSummary {
  return {
    receivedAt,
    documentUrl: text(fields, 'documentURL'),
    blockedUrl: text(fields, 'blockedURL'),
    directive: text(fields, 'effectiveDirective'),
    disposition: text(fields, 'disposition'),
    sourceFile: text(fields, 'sourceFile'),
    lineNumber: lineNumber(fields, 'lineNumber'),
    sample: text(fields, 'sample'),
  };
}

/**
 * The violation reports in a POSTed body, in either browser format, or null when the body
 * is neither. Reporting API entries of other types (deprecation, intervention) are skipped.
 */
export function parseCspReports(body: unknown, receivedAt: string): CspReportSummary[] | null {
  if (isRecord(body) && isRecord(body['csp-report'])) return [fromReportUri(body['csp-report'], receivedAt)];
  if (!Array.isArray(body)) return null;
  const reports: CspReportSummary[] = [];
  for (const entry of body) {
    if (!isRecord(entry)) return null;
    if (entry.type === 'csp-violation' && isRecord(entry.body)) reports.push(fromReportingApi(entry.body, receivedAt));
  }
  return reports;
}
