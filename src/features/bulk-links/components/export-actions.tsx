import { useAnnounce } from '@/components/ui/announcer-context';
import { copyText } from '@/lib/clipboard';
import { downloadFile } from '@/lib/export/download-file';
import { exportFilename } from '@/lib/export/export-filename';
import { preloadTableExport, usePreloadTableExport, withTableExport } from '@/lib/export/load-table-export';
import { perLinkTable, perOfferTable, toJson } from '../lib/bulk-export';
import type { ResultRow } from '../lib/result-rows';

const CSV = 'text/csv;charset=utf-8';

/** CSV (per offer, per link), TSV on the clipboard, JSON: all made in the browser from the rows shown. */
export function ExportActions({ rows }: { rows: readonly ResultRow[] }) {
  const announce = useAnnounce();
  usePreloadTableExport();
  const name = (what: string, extension: string) => exportFilename(what, rows.length, 'offers', extension);
  const notLoaded = () => {
    announce('Could not load the export code. Try again.');
  };
  return (
    <div className="flex flex-wrap gap-2" onPointerEnter={preloadTableExport} onFocus={preloadTableExport}>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          withTableExport(({ toCsv }) => {
            downloadFile(name('tracking-links', 'csv'), toCsv(perOfferTable(rows)), CSV);
          }, notLoaded);
        }}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          withTableExport(({ toCsv }) => {
            downloadFile(name('tracking-links-per-link', 'csv'), toCsv(perLinkTable(rows)), CSV);
          }, notLoaded);
        }}
      >
        Download CSV, one row per link
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          withTableExport(({ toTsv }) => {
            copyText(toTsv(perOfferTable(rows))).then(
              () => {
                announce(`Copied ${String(rows.length)} rows as TSV to the clipboard`);
              },
              () => {
                announce('Could not copy the table. Download the CSV instead.');
              },
            );
          }, notLoaded);
        }}
      >
        Copy as TSV
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          downloadFile(name('tracking-links', 'json'), toJson(rows), 'application/json');
        }}
      >
        Download JSON
      </button>
    </div>
  );
}
