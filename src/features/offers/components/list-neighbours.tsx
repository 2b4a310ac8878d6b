import { useLayoutEffect } from 'react';
import { useListNeighbours } from '../api/use-list-neighbours';

export interface Neighbours {
  /** The offer these are the neighbours of. */
  offerId: string;
  previous?: string | undefined;
  next?: string | undefined;
  backHref?: string | undefined;
}

/**
 * Works out the offer's neighbours in the list the user came from (reading the list's
 * pages, fetching one at either end) and reports them to the pager. Reported before the
 * browser paints, so no frame shows another offer's neighbours.
 */
export function ListNeighbours({ offerId, onChange }: { offerId: string; onChange: (found: Neighbours) => void }) {
  const { previous, next, backHref } = useListNeighbours(offerId);
  useLayoutEffect(() => {
    onChange({ offerId, previous, next, backHref });
  }, [offerId, previous, next, backHref, onChange]);
  return null;
}
