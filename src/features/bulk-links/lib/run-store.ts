import type { Outcome } from './outcome';
import { PENDING } from './outcome';

type RunStatus = 'idle' | 'running' | 'cancelled' | 'finished';

interface RunCounts {
  readonly pending: number;
  /** Offers with links, fetched now or found in the cache. */
  readonly done: number;
  readonly refused: number;
  readonly notFound: number;
  readonly failed: number;
}

export interface RunSnapshot {
  readonly outcomes: readonly Outcome[];
  readonly counts: RunCounts;
  readonly status: RunStatus;
  /** The API asked to wait until then (ms since epoch); 0 when not paused. */
  readonly pausedUntil: number;
  readonly pausedSeconds: number;
  /** When this pass began and how many it has settled, for the time left. */
  readonly passStartedAt: number;
  readonly passSettled: number;
}

function countOutcomes(outcomes: readonly Outcome[]): RunCounts {
  const counts = { pending: 0, done: 0, refused: 0, notFound: 0, failed: 0 };
  for (const outcome of outcomes) {
    if (outcome.kind === 'pending') counts.pending += 1;
    else if (outcome.kind === 'done' || outcome.kind === 'cached') counts.done += 1;
    else if (outcome.kind === 'refused') counts.refused += 1;
    else if (outcome.kind === 'not-found') counts.notFound += 1;
    else counts.failed += 1;
  }
  return counts;
}

/** How often progress reaches React while a run goes: a thousand offers must not be a thousand renders. */
const PROGRESS_THROTTLE_MS = 250;

export interface RunStore {
  readonly getSnapshot: () => RunSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Records an outcome; listeners hear of it at the next throttled tick. */
  readonly settle: (index: number, outcome: Outcome) => void;
  /** Puts the given offers back to pending (Retry failed). */
  readonly reset: (indexes: readonly number[]) => void;
  readonly setStatus: (status: RunStatus) => void;
  readonly pause: (seconds: number, until: number) => void;
  readonly beginPass: () => void;
}

/** The run's state outside React, shaped for useSyncExternalStore, with throttled notifications. */
export function createRunStore(initial: readonly Outcome[], throttleMs = PROGRESS_THROTTLE_MS): RunStore {
  const outcomes = [...initial];
  const listeners = new Set<() => void>();
  let meta = {
    status: 'idle' as RunStatus,
    pausedUntil: 0,
    pausedSeconds: 0,
    passStartedAt: Date.now(),
    passSettled: 0,
  };
  let snapshot: RunSnapshot = { outcomes: [...outcomes], counts: countOutcomes(outcomes), ...meta };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const emit = () => {
    clearTimeout(timer);
    timer = undefined;
    snapshot = { outcomes: [...outcomes], counts: countOutcomes(outcomes), ...meta };
    for (const listener of listeners) listener();
  };
  const later = () => {
    timer ??= setTimeout(emit, throttleMs);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settle: (index, outcome) => {
      outcomes[index] = outcome;
      meta = { ...meta, passSettled: meta.passSettled + 1 };
      later();
    },
    reset: (indexes) => {
      for (const index of indexes) outcomes[index] = PENDING;
      emit();
    },
    setStatus: (status) => {
      meta = { ...meta, status };
      emit();
    },
    pause: (seconds, until) => {
      meta = { ...meta, pausedSeconds: seconds, pausedUntil: until };
      emit();
    },
    beginPass: () => {
      meta = { ...meta, passStartedAt: Date.now(), passSettled: 0, pausedUntil: 0 };
      emit();
    },
  };
}

/** Milliseconds left at this pass's pace, or null before there is a pace to go by. */
export function timeLeftMs(snapshot: RunSnapshot, now: number): number | null {
  if (snapshot.status !== 'running' || snapshot.passSettled === 0) return null;
  const perOffer = (now - snapshot.passStartedAt) / snapshot.passSettled;
  return Math.max(0, perOffer * snapshot.counts.pending, snapshot.pausedUntil - now);
}
