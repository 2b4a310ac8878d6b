import { useDeferredValue, useEffect, useMemo } from 'react';
import { ApiErrorState } from '@/components/ui/api-error-state';
import { useSeedOffers } from '../api/use-seed-offers';
import { useSearchIndex } from '../api/use-search-index';
import { listContext } from '../lib/list-context';
import { offerSearchText, searchNeedle } from '../lib/search-text';
import type { BodyProps } from './body-props';
import { OffersListSkeleton } from './offers-list-skeleton';
import { OffersTable } from './offers-table';
import { PaginationNav } from './pagination-nav';
import { progressText, selectAllLabel, useProgressAnnouncements, useResultAnnouncement } from './search-progress';
import { formatCount } from '@/lib/format-numbers';

interface SearchBodyProps extends BodyProps {
  /** Which API: a search on another one starts over. */
  api: string;
}

const count = (n: number, word: string) => `${formatCount(n)} ${n === 1 ? word : `${word}s`}`;

/**
 * The offers of the whole list (all pages, up to the limit) that match the search,
 * paged here with the list's own pager and page size.
 */
export function SearchBody(props: SearchBodyProps) {
  const { view, onView, table, statusWord, renderBar, searchLimit, href, onSelectAll, api } = props;
  const index = useSearchIndex(view.status, true, searchLimit);
  // Typing stays responsive: the match runs at low priority, over at most `limit` offers.
  const query = useDeferredValue(view.q);
  const texts = useMemo(() => index.offers.map(offerSearchText), [index.offers]);
  const matches = useMemo(() => {
    const needle = searchNeedle(query);
    return index.offers.filter((_, position) => texts[position]?.includes(needle));
  }, [index.offers, texts, query]);

  const start = (view.page - 1) * view.perPage;
  const rows = useMemo(() => matches.slice(start, start + view.perPage), [matches, start, view.perPage]);
  useSeedOffers(rows, index.updatedAt);
  useEffect(() => {
    // Previous and next offer walk every result, across the result pages.
    if (index.done) listContext.save({ href, ids: matches.map((offer) => offer.id) });
  }, [index.done, href, matches]);

  const loaded = index.offers.length;
  const progress = progressText(loaded, index.total, index.bounded);
  const matchText = `${count(matches.length, 'offer')} ${matches.length === 1 ? 'matches' : 'match'} “${query}”`;
  useProgressAnnouncements({
    key: `${api}|${view.status ?? ''}`,
    loaded,
    total: index.total,
    limit: searchLimit,
    done: index.done,
  });
  useResultAnnouncement(index.done, `${matchText}. ${progress}.`);

  if (index.pending) return <OffersListSkeleton rows={Math.min(view.perPage, 10)} />;
  const totalPages = Math.max(1, Math.ceil(matches.length / view.perPage));
  const error = index.error && (
    <ApiErrorState
      error={index.error}
      subject={loaded > 0 ? 'the rest of the offers to search' : 'your offers'}
      onRetry={index.retry}
      retrying={index.retrying}
    />
  );
  if (loaded === 0 && error) return error;
  const more =
    matches.length > rows.length &&
    (index.done || index.error !== null) &&
    matches.some((offer) => !table.selectedIds.has(offer.id));
  return (
    <div className="space-y-3">
      {error}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          <span>{progress}</span> · <span>{matchText}</span>
        </p>
        <PaginationNav
          page={view.page}
          totalPages={totalPages}
          live={index.done}
          onPage={(page) => {
            onView({ page });
          }}
        />
      </div>
      {renderBar(
        more
          ? {
              label: selectAllLabel(matches.length, matches.length),
              onSelect: () => {
                onSelectAll(matches);
              },
            }
          : undefined,
      )}
      {rows.length > 0 ? (
        <OffersTable
          {...table}
          offers={rows}
          dimmed={false}
          caption={`Offers matching “${query}”, page ${view.page}`}
        />
      ) : (
        <p className="card text-center">
          {matches.length > 0
            ? `Page ${view.page} is past the last page.`
            : index.done
              ? `No ${statusWord} offer matches “${query}”.`
              : `No match yet for “${query}”…`}
        </p>
      )}
    </div>
  );
}
