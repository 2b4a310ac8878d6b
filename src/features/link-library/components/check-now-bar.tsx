import { DateTime } from '@/components/ui/date-time';
import type { StaleWatch } from './use-stale-watch';
import { formatCount } from '@/lib/format-numbers';

/** "Check now", what the running check has done, and when the links were last checked. */
export function CheckNowBar({ watch }: { watch: StaleWatch }) {
  const { running, progress, lastCheckedAt, checkNow } = watch;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <button type="button" className="btn" disabled={running} onClick={checkNow}>
        Check now
      </button>
      {running && progress !== null && (
        <span className="text-muted">
          {`Checking… ${formatCount(progress.done)} of ${formatCount(progress.total)} ${progress.total === 1 ? 'offer' : 'offers'}`}
        </span>
      )}
      <span className="text-muted">
        {lastCheckedAt === null ? (
          'Not checked yet'
        ) : (
          <>
            Last checked <DateTime value={new Date(lastCheckedAt).toISOString()} />
          </>
        )}
      </span>
    </div>
  );
}
