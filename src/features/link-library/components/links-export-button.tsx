import { downloadFile, exportFilename, toCsv } from '@/lib/export/table-export';
import type { LibraryEntry } from '../lib/library-entry';
import { linksTable } from '../lib/links-csv';

/** The links shown (the filter applied) as CSV, made in the browser. */
export function LinksExportButton({ entries }: { entries: readonly LibraryEntry[] }) {
  return (
    <button
      type="button"
      className="btn"
      disabled={entries.length === 0}
      onClick={() => {
        downloadFile(
          exportFilename('links', entries.length, 'links', 'csv'),
          toCsv(linksTable(entries)),
          'text/csv;charset=utf-8',
        );
      }}
    >
      Download CSV
    </button>
  );
}
