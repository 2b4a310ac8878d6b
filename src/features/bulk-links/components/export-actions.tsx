import { useAnnounce } from '@/components/ui/announcer-context';
import { preloadRunCode, usePreloadRunCode, withRunCode } from '../lib/load-run-code';
import type { ResultRow } from '../lib/result-rows';

const CSV = 'text/csv;charset=utf-8';

/** CSV (per offer, per link), TSV on the clipboard, JSON: all made in the browser from the rows shown. */
export function ExportActions({ rows }: { rows: readonly ResultRow[] }) {
  const announce = useAnnounce();
  usePreloadRunCode();
  const notLoaded = () => {
    announce('Could not load the export code. Try again.');
  };
  return (
    <div className="flex flex-wrap gap-2" onPointerEnter={preloadRunCode} onFocus={preloadRunCode}>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          withRunCode(({ downloadFile, exportFilename, perOfferTable, toCsv }) => {
            const name = exportFilename('tracking-links', rows.length, 'offers', 'csv');
            downloadFile(name, toCsv(perOfferTable(rows)), CSV);
          }, notLoaded);
        }}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          withRunCode(({ downloadFile, exportFilename, perLinkTable, toCsv }) => {
            const name = exportFilename('tracking-links-per-link', rows.length, 'offers', 'csv');
            downloadFile(name, toCsv(perLinkTable(rows)), CSV);
          }, notLoaded);
        }}
      >
        Download CSV, one row per link
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          withRunCode(({ copyText, perOfferTable, toTsv }) => {
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
          withRunCode(({ downloadFile, exportFilename, toJson }) => {
            const name = exportFilename('tracking-links', rows.length, 'offers', 'json');
            downloadFile(name, toJson(rows), 'application/json');
          }, notLoaded);
        }}
      >
        Download JSON
      </button>
    </div>
  );
}
