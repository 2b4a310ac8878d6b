import { isRecord } from '@/lib/is-record';

/**
 * Marks, in the router's location state, that the list is `depth` history entries
 * back: set by the list's links to an offer, one step deeper on each previous/next
 * offer. "Back to offers" then goes back in history to that very entry (restoring its
 * scroll position, as the browser's Back does) instead of pushing a new one.
 */
export interface ListReturn {
  /** The list URL (path + search) of that history entry. */
  href: string;
  depth: number;
}

interface ListReturnState {
  offersList: ListReturn;
}

export function readListReturn(state: unknown): ListReturn | null {
  if (!isRecord(state) || !isRecord(state.offersList)) return null;
  const { href, depth } = state.offersList;
  if (typeof href !== 'string' || typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1) return null;
  return { href, depth };
}

/** State for a link from the list at `href` to an offer. */
export function fromListState(href: string): ListReturnState {
  return { offersList: { href, depth: 1 } };
}

/** State for one more step (previous/next offer) away from the list, if it is known. */
export function nextStepState(state: unknown): ListReturnState | undefined {
  const from = readListReturn(state);
  return from ? { offersList: { href: from.href, depth: from.depth + 1 } } : undefined;
}
