import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';

/**
 * Draws `fallback` when it mounts and `children` in a transition right after. A query's
 * answer is drawn in a synchronous render React cannot slice; a heavy part mounted by
 * that answer (a huge offer's metadata rows, its landing pages) waits for the next,
 * sliced render, and what sits above it (the offer's name, its summary) paints first.
 */
export function DeferredMount({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return useDeferredValue(true, false) ? children : fallback;
}
