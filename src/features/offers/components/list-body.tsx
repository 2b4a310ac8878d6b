import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { useOffers } from '../api/get-offers';
import { useSeedOffers } from '../api/use-seed-offers';
import { listContext, pageContext } from '../lib/list-context';
import type { BodyProps } from './body-props';
import { SelectAllMatchingList } from './lazy-list-parts';
import { OffersListSkeleton } from './offers-list-skeleton';
import { OddRowsNote } from './odd-rows-note';
import { OffersTable } from './offers-table';
import { PaginationNav } from './pagination-nav';
import { formatCount } from '@/lib/format-numbers';

/** The list as the API pages it: one request per page, with the status filter. */
export function ListBody({ view, onView, table, statusWord, renderBar, searchLimit, href, onSelectAll }: BodyProps) {
  const query = useOffers({ status: view.status, page: view.page, perPage: view.perPage });
  // Rows that arrive after the skeleton draw a few per task; rows already cached when the
  // list mounts on a return to it (Back) draw at once, so the scroll position can be
  // restored onto them. The tab's first page (the router's "default" entry) has nothing
  // to restore: its rows draw a few per task even when the API answered before React drew.
  const firstEntry = useLocation().key === 'default';
  const [rowsArriveLater] = useState(query.data === undefined || firstEntry);
  useSeedOffers(query.data?.offers, query.dataUpdatedAt);

  const settled = query.data !== undefined && !query.isPlaceholderData ? query.data : undefined;
  useEffect(() => {
    if (settled) listContext.save({ ...pageContext(view, settled.offers, settled.pagination.total_pages), href });
  }, [settled, view, href]);

  // The page count of this list (status and page size), kept while another page of it
  // loads or fails, so the pager never shows another list's count.
  const listKey = `${view.status ?? ''}|${view.perPage}`;
  const [knownPages, setKnownPages] = useState<{ listKey: string; totalPages: number } | null>(null);
  if (settled && (knownPages?.listKey !== listKey || knownPages.totalPages !== settled.pagination.total_pages)) {
    setKnownPages({ listKey, totalPages: settled.pagination.total_pages });
  }
  const totalPages = knownPages?.listKey === listKey ? knownPages.totalPages : undefined;

  const pager = (
    <PaginationNav
      page={view.page}
      totalPages={totalPages}
      onPage={(page) => {
        onView({ page });
      }}
    />
  );

  if (query.data === undefined) {
    if (!query.isError) return <OffersListSkeleton rows={Math.min(view.perPage, 10)} />;
    const error = (
      <ApiErrorState
        error={query.error}
        subject={view.page > 1 ? 'this page of offers' : 'your offers'}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
    // A page change that failed keeps the pager, so the user can go back to a page that works.
    if (view.page === 1 && totalPages === undefined) return error;
    return (
      <div className="space-y-3">
        {error}
        <div className="flex flex-wrap items-center justify-end gap-3">{pager}</div>
      </div>
    );
  }
  const total = settled?.pagination.total ?? 0;
  const offers = query.data.offers;
  return (
    <div className="space-y-3">
      {query.isError && (
        <ApiErrorState
          error={query.error}
          subject="this page of offers"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" aria-live="polite">
          {query.isPlaceholderData
            ? // The rows and total on screen are the previous view's: do not pair them with the new filter.
              `Loading ${statusWord} offers…`
            : `${formatCount(total)} ${statusWord} ${total === 1 ? 'offer' : 'offers'}`}
        </p>
        {pager}
      </div>
      <SelectAllMatchingList.Component
        key={view.status ?? ''}
        status={view.status}
        total={settled && total > offers.length ? total : undefined}
        limit={searchLimit}
        render={renderBar}
        onSelectAll={onSelectAll}
        selectedIds={table.selectedIds}
      />
      <OddRowsNote rows={[...offers, ...query.data.unlinked]} />
      {offers.length === 0 && query.data.unlinked.length === 0 ? (
        <p className="card text-center">
          {view.page > 1 && total > 0 ? `Page ${view.page} is past the last page.` : `No ${statusWord} offers.`}
        </p>
      ) : (
        <OffersTable
          {...table}
          drawInChunks={rowsArriveLater}
          offers={offers}
          unlinked={query.data.unlinked}
          dimmed={query.isPlaceholderData}
          caption={`Offers, page ${view.page}`}
        />
      )}
    </div>
  );
}
