import { lazyComponent } from '@/lib/lazy-component';
import { OffersListSkeleton } from './offers-list-skeleton';

// One chunk, loaded when the browser is idle after the list shows: the search (its index
// of the whole list), the selection bar with "Select all N matching" (which reads the list
// the same way), and Escape for the time tips. A first paint needs none of them.
export const loadListParts = () => import('./list-parts');

export const SearchBody = lazyComponent(
  () => loadListParts().then((parts) => parts.SearchBody),
  <OffersListSkeleton rows={10} />,
);

/** Until it loads, the selection bar shows without its "Select all N matching" button. */
export const SelectAllMatchingList = lazyComponent(
  () => loadListParts().then((parts) => parts.SelectAllMatchingList),
  ({ render }) => render(undefined),
);

/**
 * Shown once an offer is selected (a click, long after the chunk loaded when idle). A
 * selection kept from before a reload holds the bar's place until the code arrives.
 */
export const SelectionBar = lazyComponent(
  () => loadListParts().then((parts) => parts.SelectionBar),
  ({ selected }) =>
    selected.length > 0 && (
      <div aria-hidden="true" className="flex rounded-lg border border-border bg-surface-2 px-3 py-2">
        <span className="btn invisible">&nbsp;</span>
      </div>
    ),
);

export function preloadListParts(): Promise<void> {
  return Promise.all([SearchBody.preload(), SelectAllMatchingList.preload(), SelectionBar.preload()]).then(
    () => undefined,
  );
}
