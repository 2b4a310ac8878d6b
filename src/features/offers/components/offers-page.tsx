import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { ReadOffer as Offer } from '@/contract';
import { useApiClient } from '@/lib/api/api-client-context';
import type { BulkOffer } from '@/lib/bulk-run-input';
import { useNow } from '@/lib/use-now';
import { whenIdle } from '@/lib/when-idle';
import { SEARCH_LIMIT } from '../api/search-limit';
import { fromListState } from '../lib/list-return';
import { readListView, writeListView } from '../lib/list-search-params';
import type { ListView } from '../lib/list-search-params';
import { selection, useSelection } from '../lib/selection';
import { GoToOffer } from './go-to-offer';
import { preloadListParts, SearchBody, SelectionBar } from './lazy-list-parts';
import { ListBody } from './list-body';
import { OffersToolbar } from './offers-toolbar';
import { RecentOffersList } from './recent-offers-list';
import type { SelectAllMatching } from './selection-bar';

interface OffersPageProps {
  /** The pointer rests on, or the focus reaches, a link to an offer: warm up its page. */
  onRowIntent: (id: string) => void;
  /** Starts the bulk run for the offers selected. */
  onBulkRun: (offers: readonly BulkOffer[]) => void;
  /** The most offers a search reads (see SEARCH_LIMIT). */
  searchLimit?: number;
}

export function OffersPage({ onRowIntent, onBulkRun, searchLimit = SEARCH_LIMIT }: OffersPageProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const api = useApiClient().cacheKey;
  const view = useMemo(() => readListView(searchParams), [searchParams]);
  const now = useNow(30_000);
  const selected = useSelection(api);

  useEffect(() => {
    document.title = 'Offers · Offers dashboard';
  }, []);
  // The search and the rest of what the first paint does without, before a search is typed;
  // at once when a selection kept from before shows its bar with the rows.
  const [keptSelection] = useState(selected.offers.length > 0);
  useEffect(() => {
    if (!keptSelection) return whenIdle(() => void preloadListParts());
    void preloadListParts();
    return undefined;
  }, [keptSelection]);

  const href = `${location.pathname}${location.search}`;
  // Links to an offer say which history entry is this list, so "Back to offers" returns to it.
  const linkState = useMemo(() => fromListState(href), [href]);

  function update(patch: Partial<ListView>) {
    // A new search starts on its first page of results.
    const next = { ...view, ...('q' in patch && !('page' in patch) ? { page: 1 } : {}), ...patch };
    // Typing in the search replaces the history entry; paging and filtering add one.
    const onlyQuery = Object.keys(patch).length === 1 && 'q' in patch;
    setSearchParams(writeListView(next), { replace: onlyQuery });
  }

  const onToggle = useCallback(
    (offer: Offer) => {
      selection.toggle(api, offer);
    },
    [api],
  );
  const onTogglePage = useCallback(
    (offers: readonly Offer[], select: boolean) => {
      if (select) selection.add(api, offers);
      else
        selection.remove(
          api,
          offers.map((offer) => offer.id),
        );
    },
    [api],
  );
  const onSelectAll = useCallback(
    (offers: readonly Offer[]) => {
      selection.add(api, offers);
    },
    [api],
  );
  const table = useMemo(
    () => ({ now, onIntent: onRowIntent, linkState, selectedIds: selected.ids, onToggle, onTogglePage }),
    [now, onRowIntent, linkState, selected.ids, onToggle, onTogglePage],
  );
  const renderBar = (selectAll: SelectAllMatching | undefined) => (
    <SelectionBar.Component
      selected={selected.offers}
      selectAll={selectAll}
      onClear={() => {
        selection.clear(api);
      }}
      onRun={onBulkRun}
    />
  );

  const body = {
    view,
    onView: update,
    table,
    statusWord: view.status ?? 'non-archived',
    renderBar,
    searchLimit,
    href,
    onSelectAll,
  };
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
      {view.q.trim() ? <SearchBody.Component {...body} api={api} /> : <ListBody {...body} />}
    </div>
  );
}
