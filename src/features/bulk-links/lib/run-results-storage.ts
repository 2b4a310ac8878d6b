import * as v from 'valibot';
import { storedValue } from '@/lib/stored-value';
import type { Outcome } from './outcome';
import { outcomeSchema, PENDING } from './outcome';

/**
 * What a run has settled, kept in this tab so a reload shows it and fetches only the
 * rest. One run at a time: it belongs to the run input with the same createdAt.
 */
const runResults = storedValue<{ createdAt: string; outcomes: Outcome[] } | null>({
  key: 'offers-dashboard.bulk-run.results',
  kind: 'session',
  schema: v.nullable(v.object({ createdAt: v.string(), outcomes: v.array(outcomeSchema) })),
  version: 1,
  fallback: null,
});

/** The outcomes kept for this run, in the input's order; all pending when none are. */
export function readRunResults(createdAt: string, count: number): Outcome[] {
  const stored = runResults.get();
  if (stored?.createdAt !== createdAt || stored.outcomes.length !== count) {
    return Array.from({ length: count }, () => PENDING);
  }
  return stored.outcomes;
}

export function writeRunResults(createdAt: string, outcomes: readonly Outcome[]): void {
  runResults.set({ createdAt, outcomes: [...outcomes] });
}
