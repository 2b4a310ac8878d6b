import { useAnnounce } from '@/components/ui/announcer-context';
import type { LibraryEntry } from '../lib/library-entry';
import { linksCsv } from '../lib/load-links-csv';

/** The links shown (the filter applied) as CSV, made in the browser. */
export function LinksExportButton({ entries }: { entries: readonly LibraryEntry[] }) {
  const announce = useAnnounce();
  linksCsv.usePreload();
  return (
    <button
      type="button"
      className="btn"
      disabled={entries.length === 0}
      onPointerEnter={linksCsv.preload}
      onFocus={linksCsv.preload}
      onClick={() => {
        linksCsv.withCode(
          ({ downloadLinksCsv }) => {
            downloadLinksCsv(entries);
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
