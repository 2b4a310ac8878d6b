import { useEffect } from 'react';
import { whenIdle } from '@/lib/when-idle';
import type * as TableExport from './table-export';

type Code = typeof TableExport;

let loaded: Code | undefined;
let pending: Promise<Code> | undefined;

/**
 * The CSV code (papaparse) in its own chunk: a page with an export button loads it when
 * idle or when the button is hovered or focused, not with the page.
 */
function loadTableExport(): Promise<Code> {
  return (pending ??= import('./table-export').then(
    (code) => (loaded = code),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  ));
}

/** Starts loading the CSV code; a failure shows when an export is asked for. */
export function preloadTableExport(): void {
  loadTableExport().catch(() => undefined);
}

/**
 * Runs `run` with the CSV code: at once when it has loaded, so a copy to the clipboard
 * stays inside the click that asked for it; else once it arrives. `onError` when it fails.
 */
export function withTableExport(run: (code: Code) => void, onError: () => void): void {
  if (loaded) {
    run(loaded);
    return;
  }
  loadTableExport().then(run, onError);
}

/** Loads the CSV code once the browser is idle after the page with the export shows. */
export function usePreloadTableExport(): void {
  useEffect(() => whenIdle(preloadTableExport), []);
}
