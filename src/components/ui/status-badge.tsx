import { cn } from '@/lib/cn';

const STYLES: Record<string, string> = {
  active: 'bg-success-soft text-success border-success/40',
  paused: 'bg-warning-soft text-warning border-warning/40',
  archived: 'bg-surface-2 text-muted border-border',
};

const LABELS: Record<string, string> = { active: 'Active', paused: 'Paused', archived: 'Archived' };

/** A known status gets its colour; any other value is shown as it came, neutrally. */
export function StatusBadge({ status }: { status: string }) {
  const known = Object.hasOwn(LABELS, status);
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-semibold',
        known ? STYLES[status] : 'border-border bg-surface text-fg',
      )}
      title={known ? undefined : 'A status this dashboard does not know, shown as the API sent it'}
    >
      {known && <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />}
      <span>
        <span className="sr-only">Status: </span>
        {known ? LABELS[status] : status || '(empty)'}
      </span>
    </span>
  );
}
