import { downloadFile, exportFilename, toCsv } from '@/lib/export/table-export';
import type { LibraryEntry } from './library-entry';
import { linksTable } from './links-csv';

/** Saves the entries as a CSV file, made in the browser: one row per link. */
export function downloadLinksCsv(entries: readonly LibraryEntry[]): void {
  downloadFile(
    exportFilename('links', entries.length, 'links', 'csv'),
    toCsv(linksTable(entries)),
    'text/csv;charset=utf-8',
  );
}
