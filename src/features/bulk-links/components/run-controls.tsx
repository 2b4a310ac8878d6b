import type { BulkRun } from '../lib/use-bulk-run';

/** Cancel while the run goes; afterwards, retry what failed or fetch what was left waiting. */
export function RunControls({ run }: { run: BulkRun }) {
  const { status, counts } = run.snapshot;
  if (status === 'running' || status === 'idle') {
    return (
      <button type="button" className="btn btn-danger" onClick={run.cancel}>
        Cancel
      </button>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      {counts.failed > 0 && (
        <button type="button" className="btn btn-primary" onClick={run.retryFailed}>
          Retry failed ({counts.failed})
        </button>
      )}
      {counts.pending > 0 && (
        <button type="button" className="btn" onClick={run.resume}>
          Fetch the rest ({counts.pending})
        </button>
      )}
    </div>
  );
}
