import { useNow } from '@/lib/use-now';
import type { RunSnapshot } from '../lib/run-store';
import { timeLeftMs } from '../lib/run-store';
import { pausedWords } from '../lib/run-announcements';

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${String(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes)} min ${String(seconds % 60)} s`;
}

const STATUS_WORDS = {
  idle: 'Starting…',
  running: 'Fetching tracking links…',
  cancelled: 'Cancelled: the offers done so far are kept.',
  finished: 'Finished.',
} as const;

/** The bar, the counts and the time left; it renders with the throttled snapshot only. */
export function RunProgress({ snapshot }: { snapshot: RunSnapshot }) {
  const now = useNow(1_000);
  const total = snapshot.outcomes.length;
  const { pending, done, refused, notFound, failed } = snapshot.counts;
  const settled = total - pending;
  const left = timeLeftMs(snapshot, now);
  const paused = snapshot.status === 'running' && snapshot.pausedUntil > now;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">{STATUS_WORDS[snapshot.status]}</p>
      <progress
        className="h-3 w-full accent-accent"
        aria-label="Offers settled"
        aria-valuetext={`${String(settled)} of ${String(total)} offers`}
        max={total}
        value={settled}
      />
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {(
          [
            ['Settled', `${String(settled)} of ${String(total)}`],
            ['Done', done],
            ['Not approved', refused],
            ['Not found', notFound],
            ['Failed', failed],
          ] as const
        ).map(([term, value]) => (
          <div key={term} className="flex gap-1">
            <dt className="text-muted">{term}:</dt>
            <dd className="font-medium tabular-nums">{value}</dd>
          </div>
        ))}
        {left !== null && (
          <div className="flex gap-1">
            <dt className="text-muted">Time left:</dt>
            <dd className="font-medium tabular-nums">about {formatDuration(left)}</dd>
          </div>
        )}
      </dl>
      {paused && <p className="text-sm text-warning">{pausedWords(snapshot.pausedSeconds)}</p>}
    </div>
  );
}
