import { ApiError } from './api/api-error';
import { clampConcurrency, runPool } from './request-pool';
import type { PoolOutcome } from './request-pool';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function failure(kind: ConstructorParameters<typeof ApiError>[0], status?: number, retryAfterSeconds?: number) {
  return new ApiError(kind, {
    vendor: 'offerslook',
    ...(status === undefined ? {} : { status }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runPool', () => {
  it('never runs more than the concurrency at once, and reports every item', async () => {
    let running = 0;
    let peak = 0;
    const results = new Map<number, PoolOutcome<number>>();
    const done = runPool(
      Array.from({ length: 20 }, (_, index) => index),
      async (item) => {
        running += 1;
        peak = Math.max(peak, running);
        await wait(100);
        running -= 1;
        return item * 2;
      },
      { concurrency: 3, onResult: (item, outcome) => results.set(item, outcome) },
    );
    await vi.runAllTimersAsync();
    await done;
    expect(peak).toBe(3);
    expect(results.size).toBe(20);
    expect(results.get(7)).toEqual({ ok: true, value: 14 });
  });

  it('clamps the concurrency to 1..8, 4 by default', () => {
    expect(clampConcurrency(undefined)).toBe(4);
    expect(clampConcurrency(0)).toBe(1);
    expect(clampConcurrency(50)).toBe(8);
  });

  it('retries 5xx, network and timeouts twice with backoff, then reports the failure', async () => {
    let calls = 0;
    const results: Array<PoolOutcome<string>> = [];
    const done = runPool(
      ['a'],
      () => {
        calls += 1;
        return Promise.reject(failure('server', 500));
      },
      { onResult: (_item, outcome) => results.push(outcome), backoffMs: (attempt) => attempt * 1000 },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toBe(3);
    await done;
    expect(results[0]).toMatchObject({ ok: false, error: { kind: 'server' } });
  });

  it('never retries a refusal or another 4xx', async () => {
    const calls: string[] = [];
    const done = runPool(['refused', 'missing'], (item) => {
      calls.push(item);
      return Promise.reject(item === 'refused' ? failure('refused') : failure('not-found', 404));
    });
    await vi.runAllTimersAsync();
    await done;
    expect(calls).toEqual(['refused', 'missing']);
  });

  it('pauses the whole pool for Retry-After on a 429, then tries the item again', async () => {
    const started: Array<[string, number]> = [];
    const paused: number[] = [];
    let limited = true;
    const start = Date.now();
    const done = runPool(
      ['a', 'b', 'c'],
      async (item) => {
        started.push([item, Date.now() - start]);
        if (item === 'a' && limited) {
          limited = false;
          throw failure('rate-limited', 429, 3);
        }
        await wait(10);
        return item;
      },
      { concurrency: 1, onRetryAfter: (seconds) => paused.push(seconds) },
    );
    await vi.runAllTimersAsync();
    await done;
    expect(paused).toEqual([3]);
    expect(started).toEqual([
      ['a', 0],
      ['a', 3000],
      ['b', 3010],
      ['c', 3020],
    ]);
  });

  it('on abort starts nothing new, aborts what is in flight and reports neither', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results: number[] = [];
    const done = runPool(
      [1, 2, 3, 4, 5, 6],
      (item, signal) =>
        new Promise<number>((resolve, reject) => {
          started.push(item);
          const timer = setTimeout(() => {
            resolve(item);
          }, 100);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }),
      { concurrency: 2, signal: controller.signal, onResult: (item) => results.push(item) },
    );
    await vi.advanceTimersByTimeAsync(150);
    controller.abort();
    await vi.runAllTimersAsync();
    await done;
    expect(results).toEqual([1, 2]);
    expect(started).toEqual([1, 2, 3, 4]);
  });
});
