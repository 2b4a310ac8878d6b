import { isApiError, isRetryable } from './api/api-error';

const DEFAULT_POOL_CONCURRENCY = 4;
const MAX_POOL_CONCURRENCY = 8;
/** Extra tries for a transient failure (5xx, network, timeout). */
const POOL_RETRIES = 2;
/** A 429/503 asking to wait is obeyed this many times per item, then the item fails. */
const MAX_WAITS_PER_ITEM = 20;

export type PoolOutcome<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface PoolOptions<T, R> {
  /** Requests at once: default 4, clamped to 1..8. */
  concurrency?: number;
  /** Aborting stops new work and aborts what is in flight (its outcome is not reported). */
  signal?: AbortSignal;
  /** Each item's final outcome, after any retries. */
  onResult?: (item: T, outcome: PoolOutcome<R>) => void;
  /** The API asked every request to wait (Retry-After on a 429 or 503): the whole pool pauses until `until`. */
  onRetryAfter?: (seconds: number, until: number) => void;
  /** Delay before retry `attempt` (1-based); exponential with jitter by default. */
  backoffMs?: (attempt: number) => number;
}

export function clampConcurrency(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_POOL_CONCURRENCY;
  return Math.min(MAX_POOL_CONCURRENCY, Math.max(1, Math.floor(value)));
}

/** 500 ms, 1 s… doubled per attempt, plus up to half again of jitter so workers do not retry in step. */
function defaultBackoffMs(attempt: number): number {
  const base = 500 * 2 ** (attempt - 1);
  return base + Math.random() * base * 0.5;
}

/** Seconds the API asked all requests to wait, or undefined when the error is not such a request. */
function retryAfterOf(error: unknown): number | undefined {
  if (!isApiError(error) || error.retryAfterSeconds === undefined) return undefined;
  return error.kind === 'rate-limited' || error.status === 503 ? error.retryAfterSeconds : undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `worker` over `items`, a bounded number at a time. A 429/503 with Retry-After pauses
 * every worker until then and the item is tried again; 5xx, network and timeouts are
 * retried twice with backoff; refusals and other 4xx are final at once.
 */
export async function runPool<T, R>(
  items: readonly T[],
  worker: (item: T, signal: AbortSignal | undefined) => Promise<R>,
  options: PoolOptions<T, R> = {},
): Promise<void> {
  const { signal, onResult, onRetryAfter } = options;
  const backoff = options.backoffMs ?? defaultBackoffMs;
  let next = 0;
  let pausedUntil = 0;

  async function attempt(item: T): Promise<PoolOutcome<R> | null> {
    let retries = 0;
    let waits = 0;
    for (;;) {
      while (Date.now() < pausedUntil && !signal?.aborted) await sleep(pausedUntil - Date.now(), signal);
      if (signal?.aborted) return null;
      try {
        return { ok: true, value: await worker(item, signal) };
      } catch (error) {
        if (signal?.aborted) return null;
        const wait = retryAfterOf(error);
        if (wait !== undefined && waits < MAX_WAITS_PER_ITEM) {
          waits += 1;
          const until = Date.now() + Math.max(wait, 1) * 1000;
          if (until > pausedUntil) {
            pausedUntil = until;
            onRetryAfter?.(wait, until);
          }
          continue;
        }
        if (isRetryable(error) && retries < POOL_RETRIES) {
          retries += 1;
          await sleep(backoff(retries), signal);
          continue;
        }
        return { ok: false, error };
      }
    }
  }

  async function lane(): Promise<void> {
    while (!signal?.aborted && next < items.length) {
      const item = items[next] as T;
      next += 1;
      const outcome = await attempt(item);
      if (outcome !== null) onResult?.(item, outcome);
    }
  }

  const lanes = Math.min(clampConcurrency(options.concurrency), items.length);
  await Promise.all(Array.from({ length: lanes }, lane));
}
