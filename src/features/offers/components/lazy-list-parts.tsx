import { lazyComponent } from '@/lib/lazy-component';
import { OffersListSkeleton } from './offers-list-skeleton';

// One chunk, loaded when the browser is idle after the list shows: the search (its index
// of the whole list), "Select all N matching" (which reads the list the same way), and the
// words for rows not as documented. A first paint needs none of them.
const loadParts = () => import('./list-parts');

export const SearchBody = lazyComponent(
  () => loadParts().then((parts) => parts.SearchBody),
  <OffersListSkeleton rows={10} />,
);

/** Until it loads, the selection bar shows without its "Select all N matching" button. */
export const SelectAllMatchingList = lazyComponent(
  () => loadParts().then((parts) => parts.SelectAllMatchingList),
  ({ render }) => render(undefined),
);

export function preloadListParts(): Promise<void> {
  return Promise.all([SearchBody.preload(), SelectAllMatchingList.preload()]).then(() => undefined);
}
