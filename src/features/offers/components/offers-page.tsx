import { useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { useNow } from '@/lib/use-now';
import { useOffers } from '../api/get-offers';
import { useSeedOffers } from '../api/use-seed-offers';
import { filterOffers } from '../lib/filter-offers';
import { listContext, pageContext } from '../lib/list-context';
import { fromListState } from '../lib/list-return';
import { readListView, writeListView } from '../lib/list-search-params';
import type { ListView } from '../lib/list-search-params';
import { GoToOffer } from './go-to-offer';
import { OffersListSkeleton } from './offers-list-skeleton';
import { OddRowsNote } from './odd-rows-note';
import { OffersTable } from './offers-table';
import { OffersToolbar } from './offers-toolbar';
import { PaginationNav } from './pagination-nav';
import { RecentOffersList } from './recent-offers-list';

interface OffersPageProps {
  /** The pointer rests on, or the focus reaches, a link to an offer: warm up its page. */
  onRowIntent: (id: string) => void;
}

export function OffersPage({ onRowIntent }: OffersPageProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const view = useMemo(() => readListView(searchParams), [searchParams]);
  const query = useOffers({ status: view.status, page: view.page, perPage: view.perPage });
  const now = useNow(30_000);
  useSeedOffers(query.data?.offers, query.dataUpdatedAt);

  useEffect(() => {
    document.title = 'Offers · Offers dashboard';
  }, []);

  const offers = query.data?.offers;
  const rows = useMemo(() => (offers ? filterOffers(offers, view.q) : []), [offers, view.q]);
  const href = `${location.pathname}${location.search}`;
  // Links to an offer say which history entry is this list, so "Back to offers" returns to it.
  const linkState = useMemo(() => fromListState(href), [href]);

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

  function update(patch: Partial<ListView>) {
    const next = { ...view, ...patch };
    // Typing in the quick filter replaces the history entry; paging and filtering add one.
    const onlyQuery = Object.keys(patch).length === 1 && 'q' in patch;
    setSearchParams(writeListView(next), { replace: onlyQuery });
  }

  const statusWord = view.status ?? 'non-archived';
  const pagination = query.data?.pagination;
  const pager = (
    <PaginationNav
      page={view.page}
      totalPages={totalPages}
      onPage={(page) => {
        update({ page });
      }}
    />
  );

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">Offers</h1>
        <div className="w-full max-w-md">
          <GoToOffer linkState={linkState} />
        </div>
      </div>
      <RecentOffersList onIntent={onRowIntent} linkState={linkState} />
      <OffersToolbar view={view} onChange={update} />
      {renderBody()}
    </div>
  );

  function renderBody() {
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
    const total = pagination?.total ?? 0;
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
            {query.isPlaceholderData ? (
              // The rows and total on screen are the previous view's: do not pair them with the new filter.
              `Loading ${statusWord} offers…`
            ) : (
              <>
                {total.toLocaleString('en-US')} {statusWord} {total === 1 ? 'offer' : 'offers'}
                {view.q && ` · ${rows.length.toLocaleString('en-US')} on this page match “${view.q}”`}
              </>
            )}
          </p>
          {pager}
        </div>
        <OddRowsNote rows={[...query.data.offers, ...query.data.unlinked]} />
        {query.data.offers.length === 0 && query.data.unlinked.length === 0 ? (
          <p className="card text-center">
            {view.page > 1 && total > 0 ? `Page ${view.page} is past the last page.` : `No ${statusWord} offers.`}
          </p>
        ) : rows.length === 0 ? (
          <p className="card text-center">No offer on this page matches “{view.q}”.</p>
        ) : (
          <OffersTable
            offers={rows}
            unlinked={view.q ? [] : query.data.unlinked}
            now={now}
            dimmed={query.isPlaceholderData}
            caption={`Offers, page ${view.page}`}
            onIntent={onRowIntent}
            linkState={linkState}
          />
        )}
      </div>
    );
  }
}
