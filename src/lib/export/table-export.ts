import Papa from 'papaparse';

type Cell = string | number | boolean | null | undefined;

/** A table to export: a header row and data rows of the same width. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

/**
 * A cell a spreadsheet would evaluate: it starts with =, +, -, @, a tab or a carriage
 * return (OWASP, "CSV Injection"). Papaparse's own default pattern misses such a cell
 * when it also holds a line break, so the test is on the first character alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 byte order mark: without it Excel reads a CSV file as the system code page. */
const BOM = '\uFEFF';

function unparse(table: ExportTable, delimiter: string): string {
  return Papa.unparse(
    { fields: [...table.columns], data: table.rows.map((row) => row.map((cell) => cell ?? '')) },
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
}

/** RFC 4180 CSV for a file: CRLF lines, quoted where needed, formulas neutralised, BOM first. */
export function toCsv(table: ExportTable): string {
  return BOM + unparse(table, ',');
}

/** Tab-separated text for pasting into Google Sheets or Excel, formulas neutralised. */
export function toTsv(table: ExportTable): string {
  return unparse(table, '\t');
}

// Kept here for the exporters' callers; modules of their own so a download needs no CSV code.
export { downloadFile } from './download-file';
export { exportFilename } from './export-filename';
