import type { BulkOffer } from '@/lib/bulk-run-input';
import { runPool } from '@/lib/request-pool';
import type { LinksSource } from './links-source';
import { outcomeFromError } from './outcome-from-error';
import type { RunStore } from './run-store';

export interface RunBulkOptions {
  readonly concurrency?: number;
  readonly signal: AbortSignal;
}

/**
 * Fetches the links of the offers at `indexes` into the store: cached ones at once, the
 * rest through the request pool. Resolves when all are settled or the signal aborts.
 */
export async function runBulk(
  store: RunStore,
  offers: readonly BulkOffer[],
  indexes: readonly number[],
  source: LinksSource,
  { concurrency, signal }: RunBulkOptions,
): Promise<void> {
  store.beginPass();
  store.setStatus('running');
  const toFetch: number[] = [];
  for (const index of indexes) {
    const offer = offers[index];
    if (!offer) continue;
    const cached = source.cachedLinks(offer.id);
    if (cached) store.settle(index, { kind: 'cached', links: cached });
    else toFetch.push(index);
  }
  await runPool(toFetch, (index, itemSignal) => source.fetchLinks(offers[index]?.id ?? '', itemSignal), {
    ...(concurrency === undefined ? {} : { concurrency }),
    signal,
    onRetryAfter: (seconds, until) => {
      store.pause(seconds, until);
    },
    onResult: (index, outcome) => {
      const id = offers[index]?.id ?? '';
      if (outcome.ok) {
        source.warmCache(id, outcome.value);
        store.settle(index, { kind: 'done', links: outcome.value });
      } else {
        store.settle(index, outcomeFromError(outcome.error));
      }
    },
  });
  if (!signal.aborted) store.setStatus('finished');
}
