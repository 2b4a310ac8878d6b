import { useEffect, useState } from 'react';
import type { LibraryEntry } from './library-entry';
import { subscribeLibrary } from './library-changes';
import { readLibrary } from './library-db';

export interface LibraryState {
  /** Undefined while the first read is under way, or when it failed. */
  readonly entries: LibraryEntry[] | undefined;
  /** Why the links cannot be read (IndexedDB blocked or missing); undefined otherwise. */
  readonly error: unknown;
  /** Stored entries that could not be read and are left out. */
  readonly unreadable: number;
}

const LOADING: LibraryState = { entries: undefined, error: undefined, unreadable: 0 };

/** `api`'s remembered links, newest first, read again after every write here or in another tab. */
export function useLibraryEntries(api: string): LibraryState {
  const [state, setState] = useState<{ api: string; value: LibraryState } | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      // Only the newest read lands: a slow read never overwrites a later one.
      const mine = ++latest;
      readLibrary(api).then(
        ({ entries, unreadable }) => {
          if (live && mine === latest) setState({ api, value: { entries, error: undefined, unreadable } });
        },
        (error: unknown) => {
          if (live && mine === latest) setState({ api, value: { entries: undefined, error, unreadable: 0 } });
        },
      );
    };
    load();
    const unsubscribe = subscribeLibrary(api, load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);
  return state?.api === api ? state.value : LOADING;
}
