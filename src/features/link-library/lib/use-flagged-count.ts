import { useCallback, useSyncExternalStore } from 'react';
import { readFlagged, subscribeFlagged } from './library-changes';

/** Flagged links of `api`, as the last check or write left them, in this tab and others. */
export function useFlaggedCount(api: string): number {
  const subscribe = useCallback((listener: () => void) => subscribeFlagged(api, listener), [api]);
  return useSyncExternalStore(subscribe, () => readFlagged(api));
}
