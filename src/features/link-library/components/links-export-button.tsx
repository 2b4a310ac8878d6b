import { useEffect } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import { whenIdle } from '@/lib/when-idle';
import type { LibraryEntry } from '../lib/library-entry';
import { loadLinksCsv, preloadLinksCsv } from '../lib/load-links-csv';

/** The links shown (the filter applied) as CSV, made in the browser. */
export function LinksExportButton({ entries }: { entries: readonly LibraryEntry[] }) {
  const announce = useAnnounce();
  useEffect(() => whenIdle(preloadLinksCsv), []);
  return (
    <button
      type="button"
      className="btn"
      disabled={entries.length === 0}
      onPointerEnter={preloadLinksCsv}
      onFocus={preloadLinksCsv}
      onClick={() => {
        loadLinksCsv().then(
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
