import { useAnnounce } from '@/components/ui/announcer-context';
import { copyText } from '@/lib/clipboard';
import { downloadFile, exportFilename, toCsv, toTsv } from '@/lib/export/table-export';
import { perLinkTable, perOfferTable, toJson } from '../lib/bulk-export';
import type { ResultRow } from '../lib/result-rows';

const CSV = 'text/csv;charset=utf-8';

/** CSV (per offer, per link), TSV on the clipboard, JSON: all made in the browser from the rows shown. */
export function ExportActions({ rows }: { rows: readonly ResultRow[] }) {
  const announce = useAnnounce();
  const name = (what: string, extension: string) => exportFilename(what, rows.length, 'offers', extension);
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          downloadFile(name('tracking-links', 'csv'), toCsv(perOfferTable(rows)), CSV);
        }}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          downloadFile(name('tracking-links-per-link', 'csv'), toCsv(perLinkTable(rows)), CSV);
        }}
      >
        Download CSV, one row per link
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          copyText(toTsv(perOfferTable(rows))).then(
            () => {
              announce(`Copied ${String(rows.length)} rows as TSV to the clipboard`);
            },
            () => {
              announce('Could not copy the table. Download the CSV instead.');
            },
          );
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
