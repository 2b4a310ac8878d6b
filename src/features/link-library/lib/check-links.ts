import { describeApiError } from '@/components/ui/api-error-words';
import { isApiError } from '@/lib/api/api-error';
import { runPool } from '@/lib/request-pool';
import type { LibraryEntry, LinkCheck } from './library-entry';
import { checkEntry, failedCheck } from './stale-rules';
import type { CurrentOffer } from './stale-rules';

/** What the API says now about one offer; throws what the pool may retry (5xx, network, 429). */
export type FetchCurrent = (offerId: string, signal: AbortSignal | undefined) => Promise<CurrentOffer>;

export interface CheckProgress {
  /** Offers checked so far, of `total` distinct offers. */
  readonly done: number;
  readonly total: number;
}

interface CheckLinksOptions {
  /** Aborting stops the check; what was checked by then is returned. */
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: CheckProgress) => void) | undefined;
}

function describeFailure(error: unknown): string {
  return isApiError(error) ? describeApiError(error) : 'The check did not finish';
}

/**
 * Checks every entry against what the API says now: one request per offer (however many
 * links were copied from it), through the bounded pool with its retries and pauses.
 */
export async function checkLinks(
  entries: readonly LibraryEntry[],
  fetchCurrent: FetchCurrent,
  { signal, onProgress }: CheckLinksOptions = {},
): Promise<Map<string, LinkCheck>> {
  const byOffer = new Map<string, LibraryEntry[]>();
  for (const entry of entries) {
    const same = byOffer.get(entry.offer.id);
    if (same) same.push(entry);
    else byOffer.set(entry.offer.id, [entry]);
  }
  const offerIds = [...byOffer.keys()];
  const checks = new Map<string, LinkCheck>();
  let done = 0;
  onProgress?.({ done, total: offerIds.length });
  await runPool(offerIds, fetchCurrent, {
    ...(signal ? { signal } : {}),
    onResult: (offerId, outcome) => {
      const at = Date.now();
      for (const entry of byOffer.get(offerId) ?? []) {
        const check = outcome.ok
          ? checkEntry(entry, outcome.value, at)
          : failedCheck(entry, describeFailure(outcome.error), at);
        checks.set(entry.id, check);
      }
      done += 1;
      onProgress?.({ done, total: offerIds.length });
    },
  });
  return checks;
}
