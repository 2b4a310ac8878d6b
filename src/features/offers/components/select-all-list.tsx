import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiErrorState } from '@/components/ui/api-error-state';
import type { ReadOffer as Offer } from '@/contract';
import { useSearchIndex } from '../api/use-search-index';
import { progressText, selectAllLabel } from './search-progress';
import type { SelectAllMatching } from './selection-bar';

interface SelectAllMatchingListProps {
  status: string | undefined;
  /** How many offers the list holds; undefined when they all show on the page. */
  total: number | undefined;
  limit: number;
  render: (selectAll: SelectAllMatching | undefined) => ReactNode;
  onSelectAll: (offers: readonly Offer[]) => void;
  selectedIds: ReadonlySet<string>;
}

/**
 * "Select all N matching offers" for the list as the API pages it: the offers are read
 * with the search's own bounded paging (and cache), then selected at once.
 */
export function SelectAllMatchingList({
  status,
  total,
  limit,
  render,
  onSelectAll,
  selectedIds,
}: SelectAllMatchingListProps) {
  // Each click is a request, answered once the offers are read.
  const [requested, setRequested] = useState(0);
  const answered = useRef(0);
  const index = useSearchIndex(status, requested > 0, limit);
  const { done, offers } = index;
  const gathering = requested > 0 && !done;

  useEffect(() => {
    if (requested === answered.current || !done) return;
    answered.current = requested;
    onSelectAll(offers);
  }, [requested, done, offers, onSelectAll]);

  // Once read (the search may have read them already), every one selected: nothing to add.
  const allSelected = done && offers.every((offer) => selectedIds.has(offer.id));
  const selectAll =
    total === undefined || allSelected
      ? undefined
      : {
          label: selectAllLabel(Math.min(total, limit), total),
          onSelect: () => {
            setRequested((n) => n + 1);
          },
          progress: gathering ? progressText(offers.length, index.total, false) : undefined,
        };
  return (
    <>
      {render(selectAll)}
      {gathering && index.error && (
        <ApiErrorState
          error={index.error}
          subject="the offers to select"
          onRetry={index.retry}
          retrying={index.retrying}
        />
      )}
    </>
  );
}
