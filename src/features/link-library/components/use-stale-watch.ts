import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import { whenIdle } from '@/lib/when-idle';
import type { CheckProgress, FetchCurrent } from '../lib/check-links';
import type { LibraryEntry, LinkCheck } from '../lib/library-entry';
import { loadCheckLinks } from '../lib/load-check-links';
import { formatCount } from '@/lib/format-numbers';

interface StaleWatchOptions {
  /** The API the entries belong to (the client's cache key). */
  readonly api: string;
  /** The API's remembered links; undefined while they load. */
  readonly entries: readonly LibraryEntry[] | undefined;
  readonly fetchCurrent: FetchCurrent;
  /** Keeps the checks with their entries (the library store's saveChecks). */
  readonly save: (api: string, checks: ReadonlyMap<string, LinkCheck>) => Promise<unknown>;
}

export interface StaleWatch {
  readonly running: boolean;
  /** Offers checked of all, while a check runs. */
  readonly progress: CheckProgress | null;
  /** Epoch ms of the latest check, this one's or a stored one's; null: never checked. */
  readonly lastCheckedAt: number | null;
  readonly checkNow: () => void;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function latestCheck(entries: readonly LibraryEntry[] | undefined): number | null {
  let latest: number | null = null;
  for (const entry of entries ?? []) {
    if (entry.check && (latest === null || entry.check.at > latest)) latest = entry.check.at;
  }
  return latest;
}

/**
 * Re-checks the remembered links once they are shown (the Links page opened) and on
 * checkNow(); unmounting aborts the check. Screen readers hear its start and end only.
 */
export function useStaleWatch({ api, entries, fetchCurrent, save }: StaleWatchOptions): StaleWatch {
  const announce = useAnnounce();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [ranAt, setRanAt] = useState<number | null>(null);
  const latest = useRef({ api, entries, fetchCurrent, save });
  // Layout effect: fresh before the effects below and any click can read it.
  useLayoutEffect(() => {
    latest.current = { api, entries, fetchCurrent, save };
  });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    const { api: runApi, entries: list, fetchCurrent: fetch, save: keep } = latest.current;
    // Nothing remembered: nothing to check, and "Not checked yet" stays true.
    if (list === undefined || list.length === 0 || controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    const offers = new Set(list.map((entry) => entry.offer.id)).size;
    announce(`Checking the links of ${plural(offers, 'offer', 'offers')}`);
    try {
      const code = await loadCheckLinks().catch(() => null);
      if (code === null) {
        if (!abort.signal.aborted) announce('Could not load the check code. Try again.');
        return;
      }
      const checks = await code.checkLinks(list, fetch, { signal: abort.signal, onProgress: setProgress });
      // What was checked before an abort is still worth keeping.
      if (checks.size > 0) await keep(runApi, checks);
      if (abort.signal.aborted) return;
      setRanAt(Date.now());
      const flagged = [...checks.values()].filter((check) => check.flags.length > 0).length;
      const failed = [...checks.values()].filter((check) => check.failed !== undefined).length;
      const could = failed > 0 ? `, ${plural(failed, 'link', 'links')} could not be checked` : '';
      announce(`Links checked: ${flagged === 0 ? 'none' : plural(flagged, 'link', 'links')} flagged${could}`);
    } catch {
      if (!abort.signal.aborted) announce('The check could not be saved');
    } finally {
      if (controller.current === abort) {
        controller.current = null;
        setRunning(false);
        setProgress(null);
      }
    }
  }, [announce]);

  // Once per API, when the page is idle after its entries show: opening the page checks.
  const autoRanFor = useRef<string | null>(null);
  const loaded = entries !== undefined;
  useEffect(() => {
    if (!loaded || autoRanFor.current === api) return;
    return whenIdle(() => {
      if (autoRanFor.current === api) return;
      autoRanFor.current = api;
      void run();
    });
  }, [api, loaded, run]);

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
      // Mounted again (StrictMode does so at once): check again.
      autoRanFor.current = null;
    },
    [],
  );

  const checkNow = useCallback(() => {
    // A check asked for before the page was idle is the opening check.
    autoRanFor.current = latest.current.api;
    void run();
  }, [run]);

  const stored = latestCheck(entries);
  const lastCheckedAt = ranAt !== null && (stored === null || ranAt > stored) ? ranAt : stored;
  return { running, progress, lastCheckedAt, checkNow };
}
