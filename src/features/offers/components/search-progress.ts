import { useEffect, useRef } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import { formatCount } from '@/lib/format-numbers';

const n = (value: number) => formatCount(value);

/** "Searched 300 of 1,208 offers", or, when the limit stopped it, "Searched the first 5,000 of 12,000 offers". */
export function progressText(loaded: number, total: number | undefined, bounded: boolean): string {
  if (total === undefined) return 'Searching offers…';
  if (bounded) return `Searched the first ${n(loaded)} of ${n(total)} offers`;
  return `Searched ${n(loaded)} of ${n(total)} offers`;
}

interface Progress {
  /** Which search this is (status and API): a new one starts over. */
  key: string;
  loaded: number;
  total: number | undefined;
  limit: number;
  done: boolean;
}

/**
 * Tells screen readers how a search goes at a pace they can follow: when it starts and
 * at each quarter, not at every page (up to 50 of them).
 */
export function useProgressAnnouncements({ key, loaded, total, limit, done }: Progress): void {
  const announce = useAnnounce();
  const last = useRef<{ key: string; step: number } | null>(null);
  useEffect(() => {
    if (total === undefined || done) return;
    const goal = Math.max(Math.min(total, limit), 1);
    const step = Math.min(Math.floor((loaded / goal) * 4), 3);
    if (last.current?.key === key && last.current.step >= step) return;
    const first = last.current?.key !== key;
    last.current = { key, step };
    announce(first ? `Searching ${n(Math.min(total, limit))} offers…` : progressText(loaded, total, false));
  }, [announce, key, loaded, total, limit, done]);
}

/** Once the search is done, the number of matches, after typing pauses. */
export function useResultAnnouncement(done: boolean, message: string): void {
  const announce = useAnnounce();
  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(() => {
      announce(message);
    }, 500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [announce, done, message]);
}

/** "Select all 1,208 matching offers", or the first `limit` of a longer list. */
export function selectAllLabel(matching: number, total: number): string {
  const n = formatCount(matching);
  return matching < total
    ? `Select the first ${n} of ${formatCount(total)} matching offers`
    : `Select all ${n} matching offers`;
}
