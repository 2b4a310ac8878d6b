import { useEffect } from 'react';
import { whenIdle } from '@/lib/when-idle';
import type * as RunCode from './run-code';

type Code = typeof RunCode;

let loaded: Code | undefined;
let pending: Promise<Code> | undefined;

/** The run's code (the run, the link cells, the exports): loaded as a run starts, or on idle. */
export function loadRunCode(): Promise<Code> {
  return (pending ??= import('./run-code').then(
    (code) => (loaded = code),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  ));
}

/** Starts loading the run's code (on idle, hover or focus); a failure shows when it is used. */
export function preloadRunCode(): void {
  loadRunCode().catch(() => undefined);
}

/**
 * Runs `run` with the run's code: at once when it has loaded, so a copy to the clipboard
 * stays inside the click that asked for it; else once it arrives. `onError` when it fails.
 */
export function withRunCode(run: (code: Code) => void, onError: () => void): void {
  if (loaded) {
    run(loaded);
    return;
  }
  loadRunCode().then(run, onError);
}

/** Loads the run's code once the browser is idle after the page shows. */
export function usePreloadRunCode(): void {
  useEffect(() => whenIdle(preloadRunCode), []);
}
