import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import type { LibraryEntry } from '../lib/library-entry';
import { filterEntries, NO_FILTER, offersOf } from '../lib/filter-entries';
import { LIBRARY_CAP, removeEntries, updateNote } from '../lib/library-store';
import type { LibraryState } from '../lib/use-library-entries';
import { LinkEntry } from './link-entry';
import { LinksExportButton } from './links-export-button';
import { LinksFilters } from './links-filters';

/** Entries drawn at first and per "Show more links": a long list stays quick to draw. */
const PAGE_SIZE = 100;

export interface LinksPageProps {
  /** The API base URL in use: each API has its own links. */
  readonly api: string;
  /** Its remembered links (useLibraryEntries), read once for the page and its stale watch. */
  readonly library: LibraryState;
  /** An entry's flags (the stale-link watch). */
  readonly renderFlags?: (entry: LibraryEntry) => ReactNode;
  /** Actions above the list ("Check now"). */
  readonly toolbar?: ReactNode;
}

/** Every link copied on an offer page or from a bulk run, newest first: filter, copy again, note, delete, export. */
export function LinksPage({ api, library, renderFlags, toolbar }: LinksPageProps) {
  const { entries, error, unreadable } = library;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Links</h1>
        <p className="text-sm text-muted">
          Every link you copy on an offer page or from a bulk run is remembered here, in this browser, for the API in
          use. {`Keeps the newest ${String(LIBRARY_CAP)} links for this API; older ones are removed.`}
        </p>
      </div>
      {error !== undefined ? (
        <p role="alert" className="card font-medium text-danger">
          Links cannot be remembered in this browser: its storage for them (IndexedDB) is blocked or unavailable, as in
          some private windows. Copying links still works.
        </p>
      ) : entries === undefined ? (
        <p className="text-muted">Loading links…</p>
      ) : entries.length === 0 ? (
        <div className="card space-y-1">
          <h2 className="text-lg font-semibold">No links yet</h2>
          <p className="text-muted">
            Copy a tracking link, landing page link, built link or pixel URL on an offer page, and it is remembered here
            with the offer it came from.
          </p>
        </div>
      ) : (
        <LinksList api={api} entries={entries} renderFlags={renderFlags} toolbar={toolbar} />
      )}
      {unreadable > 0 && (
        <p className="text-sm text-muted">
          {unreadable === 1 ? '1 remembered link' : `${String(unreadable)} remembered links`} could not be read and{' '}
          {unreadable === 1 ? 'is' : 'are'} left out.
        </p>
      )}
    </div>
  );
}

interface LinksListProps extends Omit<LinksPageProps, 'library' | 'renderFlags' | 'toolbar'> {
  readonly entries: readonly LibraryEntry[];
  readonly renderFlags: LinksPageProps['renderFlags'];
  readonly toolbar: ReactNode;
}

function LinksList({ api, entries, renderFlags, toolbar }: LinksListProps) {
  const announce = useAnnounce();
  const [filter, setFilter] = useState(NO_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const searchRef = useRef<HTMLInputElement>(null);
  const offers = useMemo(() => offersOf(entries), [entries]);
  // An offer whose links were all deleted leaves the choice: the list falls back to all offers.
  const offerId = offers.some((offer) => offer.value === filter.offerId) ? filter.offerId : '';
  const shown = useMemo(() => filterEntries(entries, { ...filter, offerId }), [entries, filter, offerId]);

  const remove = (id: string, focusNext: HTMLElement | null) => {
    // The focus moves before the entry goes, so it never falls back to the page's start.
    (focusNext ?? searchRef.current)?.focus();
    removeEntries(api, [id]).then(
      () => {
        announce('Link deleted');
      },
      () => {
        announce('Could not delete the link');
      },
    );
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        {toolbar}
        <LinksExportButton entries={shown} />
      </div>
      <LinksFilters filter={{ ...filter, offerId }} offers={offers} onChange={setFilter} searchRef={searchRef} />
      <p role="status" className="text-sm text-muted">
        {shown.length === entries.length
          ? `${String(entries.length)} ${entries.length === 1 ? 'link' : 'links'}`
          : `${String(shown.length)} of ${String(entries.length)} links match`}
      </p>
      <ul aria-label="Remembered links" className="space-y-3">
        {shown.slice(0, limit).map((entry) => (
          <LinkEntry
            key={entry.id}
            entry={entry}
            flags={renderFlags?.(entry)}
            onNote={(note) => updateNote(api, entry.id, note)}
            onDelete={(focusNext) => {
              remove(entry.id, focusNext);
            }}
          />
        ))}
      </ul>
      {shown.length > limit && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setLimit((current) => current + PAGE_SIZE);
          }}
        >
          Show more links
        </button>
      )}
    </div>
  );
}
