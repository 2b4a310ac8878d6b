import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { BulkRunInput } from '@/lib/bulk-run-input';
import { loadRunCode } from './load-run-code';
import type { LinksSource } from './links-source';
import { readRunResults, writeRunResults } from './run-results-storage';
import { createRunStore } from './run-store';
import type { RunSnapshot, RunStore } from './run-store';

/** How often settled outcomes are saved while a run goes: serialising them is not free. */
const SAVE_EVERY_MS = 5_000;

export interface BulkRun {
  readonly snapshot: RunSnapshot;
  readonly cancel: () => void;
  readonly retryFailed: () => void;
  /** Fetches what a cancelled run left waiting. */
  readonly resume: () => void;
}

function indexesWhere(snapshot: RunSnapshot, kind: string): number[] {
  return snapshot.outcomes.flatMap((outcome, index) => (outcome.kind === kind ? [index] : []));
}

function useSaving(store: RunStore, createdAt: string): void {
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      last = Date.now();
      writeRunResults(createdAt, store.getSnapshot().outcomes);
    };
    const unsubscribe = store.subscribe(() => {
      if (store.getSnapshot().status !== 'running') {
        // A task of its own, apart from the render this change causes.
        clearTimeout(timer);
        timer = setTimeout(save, 0);
      } else {
        timer ??= setTimeout(save, Math.max(0, SAVE_EVERY_MS - (Date.now() - last)));
      }
    });
    // A reload runs no React cleanup: what settled since the last save is kept here.
    window.addEventListener('pagehide', save);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', save);
      if (timer !== undefined) save();
    };
  }, [store, createdAt]);
}

/**
 * The run of `input`: starts on mount with whatever is not settled yet (a reload
 * continues), aborts what is in flight on unmount. The run's code and the links source
 * load when a run starts, not with the page.
 */
export function useBulkRun(input: BulkRunInput, loadSource: () => Promise<LinksSource>, concurrency?: number): BulkRun {
  const { createdAt, offers } = input;
  const store = useMemo(() => createRunStore(readRunResults(createdAt, offers.length)), [createdAt, offers.length]);
  const controller = useRef<AbortController | null>(null);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useSaving(store, createdAt);

  // The run must not restart when the page re-renders with a new source (a settings
  // change elsewhere): start reads the latest values, and only the store keys it.
  const latest = useRef({ offers, loadSource, concurrency });
  useEffect(() => {
    latest.current = { offers, loadSource, concurrency };
  });
  const start = useCallback(
    (indexes: readonly number[]) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const { offers: list, loadSource: load, concurrency: lanes } = latest.current;
      // Running at once, so the controls say so while the code loads.
      store.setStatus('running');
      void Promise.all([load(), loadRunCode()]).then(
        ([links, { runBulk }]) =>
          own.signal.aborted
            ? undefined
            : runBulk(store, list, indexes, links, {
                signal: own.signal,
                ...(lanes === undefined ? {} : { concurrency: lanes }),
              }),
        () => {
          // The code did not load: what is left waits for "Fetch the rest".
          if (!own.signal.aborted) store.setStatus('cancelled');
        },
      );
    },
    [store],
  );

  useEffect(() => {
    const pending = indexesWhere(store.getSnapshot(), 'pending');
    if (pending.length > 0) start(pending);
    else store.setStatus('finished');
    return () => {
      controller.current?.abort();
    };
  }, [store, start]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    store.setStatus('cancelled');
  }, [store]);

  const retryFailed = useCallback(() => {
    const failed = indexesWhere(store.getSnapshot(), 'failed');
    store.reset(failed);
    start(failed);
  }, [store, start]);

  const resume = useCallback(() => {
    start(indexesWhere(store.getSnapshot(), 'pending'));
  }, [store, start]);

  return { snapshot, cancel, retryFailed, resume };
}
