import { useEffect, useRef } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import type { RunSnapshot } from './run-store';

/** A screen reader hears the progress at most this often, not once per offer. */
const ANNOUNCE_EVERY_MS = 5_000;

/** "Paused: the API asked to wait 1 second." */
export function pausedWords(seconds: number): string {
  return `Paused: the API asked to wait ${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

function progressWords(snapshot: RunSnapshot): string {
  const total = snapshot.outcomes.length;
  return `${String(total - snapshot.counts.pending)} of ${String(total)} offers settled`;
}

function summaryWords(snapshot: RunSnapshot): string {
  const { done, refused, notFound, failed } = snapshot.counts;
  return `${String(done)} with links, ${String(refused)} not approved, ${String(notFound)} not found, ${String(failed)} failed`;
}

/** Paced announcements of a run: progress every few seconds, a pause, the end. */
export function useRunAnnouncements(snapshot: RunSnapshot): void {
  const announce = useAnnounce();
  const last = useRef({ at: snapshot.passStartedAt, status: snapshot.status, pausedUntil: 0 });
  useEffect(() => {
    const now = Date.now();
    const before = last.current;
    if (snapshot.status !== before.status) {
      last.current = { ...before, at: now, status: snapshot.status };
      if (snapshot.status === 'finished') announce(`Finished: ${summaryWords(snapshot)}.`);
      else if (snapshot.status === 'cancelled') announce(`Cancelled: ${summaryWords(snapshot)}.`);
      return;
    }
    if (snapshot.status !== 'running') return;
    if (snapshot.pausedUntil > now && snapshot.pausedUntil !== before.pausedUntil) {
      last.current = { ...before, at: now, pausedUntil: snapshot.pausedUntil };
      announce(pausedWords(snapshot.pausedSeconds));
    } else if (now - before.at >= ANNOUNCE_EVERY_MS) {
      last.current = { ...before, at: now };
      announce(`${progressWords(snapshot)}.`);
    }
  }, [snapshot, announce]);
}
