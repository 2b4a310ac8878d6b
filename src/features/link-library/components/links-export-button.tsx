import { useAnnounce } from '@/components/ui/announcer-context';
import { downloadFile } from '@/lib/export/download-file';
import { exportFilename } from '@/lib/export/export-filename';
import { preloadTableExport, usePreloadTableExport, withTableExport } from '@/lib/export/load-table-export';
import type { LibraryEntry } from '../lib/library-entry';
import { linksTable } from '../lib/links-csv';

/** The links shown (the filter applied) as CSV, made in the browser. */
export function LinksExportButton({ entries }: { entries: readonly LibraryEntry[] }) {
  const announce = useAnnounce();
  usePreloadTableExport();
  return (
    <button
      type="button"
      className="btn"
      disabled={entries.length === 0}
      onPointerEnter={preloadTableExport}
      onFocus={preloadTableExport}
      onClick={() => {
        withTableExport(
          ({ toCsv }) => {
            downloadFile(
              exportFilename('links', entries.length, 'links', 'csv'),
              toCsv(linksTable(entries)),
              'text/csv;charset=utf-8',
            );
          },
          () => {
            announce('Could not load the export code. Try again.');
          },
        );
      }}
    >
      Download CSV
    </button>
  );
}
