import { useEffect } from 'react';
import { whenIdle } from '@/lib/when-idle';
import type * as RunExports from './run-exports';

type Code = typeof RunExports;

let loaded: Code | undefined;
let pending: Promise<Code> | undefined;

function loadRunExports(): Promise<Code> {
  return (pending ??= import('./run-exports').then(
    (code) => (loaded = code),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  ));
}

/** Starts loading the export code (on idle, hover or focus); a failure shows when an export is asked for. */
export function preloadRunExports(): void {
  loadRunExports().catch(() => undefined);
}

/**
 * Runs `run` with the export code: at once when it has loaded, so a copy to the clipboard
 * stays inside the click that asked for it; else once it arrives. `onError` when it fails.
 */
export function withRunExports(run: (code: Code) => void, onError: () => void): void {
  if (loaded) {
    run(loaded);
    return;
  }
  loadRunExports().then(run, onError);
}

/** Loads the export code once the browser is idle after the page shows. */
export function usePreloadRunExports(): void {
  useEffect(() => whenIdle(preloadRunExports), []);
}
