import { useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { useNow } from '@/lib/use-now';
import { useOffers } from '../api/get-offers';
import { usePrefetchOffer } from '../api/use-prefetch-offer';
import { useSeedOffers } from '../api/use-seed-offers';
import { filterOffers } from '../lib/filter-offers';
import { listContext } from '../lib/list-context';
import { readListView, writeListView } from '../lib/list-search-params';
import type { ListView } from '../lib/list-search-params';
import { GoToOffer } from './go-to-offer';
import { OffersListSkeleton } from './offers-list-skeleton';
import { OffersTable } from './offers-table';
import { OffersToolbar } from './offers-toolbar';
import { PaginationNav } from './pagination-nav';
import { RecentOffersList } from './recent-offers-list';

const STATUS_WORDS = { active: 'active', paused: 'paused', archived: 'archived' } as const;

export function OffersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const view = readListView(searchParams);
  const query = useOffers({ status: view.status, page: view.page, perPage: view.perPage });
  const prefetch = usePrefetchOffer();
  const now = useNow(30_000);
  useSeedOffers(query.data?.offers, query.dataUpdatedAt);

  useEffect(() => {
    document.title = 'Offers · Offers dashboard';
  }, []);

  const offers = query.data?.offers;
  const rows = useMemo(() => (offers ? filterOffers(offers, view.q) : []), [offers, view.q]);

  useEffect(() => {
    if (query.data && !query.isPlaceholderData) {
      listContext.save({ href: `${location.pathname}${location.search}`, ids: rows.map((offer) => offer.id) });
    }
  }, [query.data, query.isPlaceholderData, rows, location.pathname, location.search]);

  function update(patch: Partial<ListView>) {
    const next = { ...view, ...patch };
    // Typing in the quick filter replaces the history entry; paging and filtering add one.
    const onlyQuery = Object.keys(patch).length === 1 && 'q' in patch;
    setSearchParams(writeListView(next), { replace: onlyQuery });
  }

  const statusWord = view.status ? STATUS_WORDS[view.status] : 'non-archived';
  const pagination = query.data?.pagination;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">Offers</h1>
        <div className="w-full max-w-md">
          <GoToOffer />
        </div>
      </div>
      <RecentOffersList onIntent={prefetch} />
      <OffersToolbar view={view} onChange={update} />
      {renderBody()}
    </div>
  );

  function renderBody() {
    if (query.data === undefined) {
      if (!query.isError) return <OffersListSkeleton rows={Math.min(view.perPage, 10)} />;
      return (
        <ApiErrorState
          error={query.error}
          subject="your offers"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    const total = pagination?.total ?? 0;
    return (
      <div className="space-y-3">
        {query.isError && <ApiErrorState error={query.error} subject="this page of offers" onRetry={() => void query.refetch()} />}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-muted" aria-live="polite">
            {total.toLocaleString('en-US')} {statusWord} {total === 1 ? 'offer' : 'offers'}
            {view.q && ` · ${rows.length.toLocaleString('en-US')} on this page match “${view.q}”`}
          </p>
          <PaginationNav
            page={view.page}
            totalPages={pagination?.total_pages ?? 1}
            onPage={(page) => {
              update({ page });
            }}
          />
        </div>
        {query.data.offers.length === 0 ? (
          <p className="card text-center">
            {view.page > 1 && total > 0 ? `Page ${view.page} is past the last page.` : `No ${statusWord} offers.`}
          </p>
        ) : rows.length === 0 ? (
          <p className="card text-center">No offer on this page matches “{view.q}”.</p>
        ) : (
          <OffersTable
            offers={rows}
            now={now}
            dimmed={query.isPlaceholderData}
            caption={`Offers, page ${view.page}`}
            onIntent={prefetch}
          />
        )}
      </div>
    );
  }
}
