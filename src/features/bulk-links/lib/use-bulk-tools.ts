import { useEffect, useState } from 'react';
import type { Outcome } from './outcome';
import { hasLinks } from './outcome';

interface BulkToolsState<T> {
  /** Null until loaded: they start loading on mount. */
  readonly tools: T | null;
  /** A run restored with links waits for them rather than show its links unbuilt. */
  readonly waiting: boolean;
}

export function useBulkTools<T>(load: () => Promise<T>, outcomes: readonly Outcome[]): BulkToolsState<T> {
  const [tools, setTools] = useState<T | null>(null);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setTools(() => loaded);
      },
      (error: unknown) => {
        if (live) setFailed(error instanceof Error ? error : new Error('The run code did not load'));
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  const waiting = tools === null && outcomes.some(hasLinks);
  // Links it cannot build are an error for the page's boundary, not a page that never draws.
  if (waiting && failed !== null) throw failed;
  return { tools, waiting };
}
