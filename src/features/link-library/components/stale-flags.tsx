import { flagText } from '../lib/flag-text';
import type { LinkCheck } from '../lib/library-entry';

const CHIP = 'inline-flex max-w-full flex-wrap items-baseline rounded border px-2 py-0.5 text-xs font-semibold';

/** An entry's flags in words, and whether its last check could not tell; nothing when all is well. */
export function StaleFlags({ check }: { check: LinkCheck | undefined }) {
  if (!check || (check.flags.length === 0 && check.failed === undefined)) return null;
  return (
    <p className="flex flex-wrap gap-1.5">
      {check.flags.map((flag, index) => (
        // Flags have no id; their order is the rules' and stable for one check.
        <span
          key={`${flag.kind}-${String(index)}`}
          className={`${CHIP} border-warning/40 bg-warning-soft text-warning`}
        >
          <span className="wrap-anywhere">{flagText(flag)}</span>
        </span>
      ))}
      {check.failed !== undefined && (
        <span className={`${CHIP} border-border bg-surface-2 text-muted`}>
          <span className="wrap-anywhere">Could not check: {check.failed}</span>
        </span>
      )}
    </p>
  );
}
