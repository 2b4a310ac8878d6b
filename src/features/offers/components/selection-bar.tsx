import type { BulkOffer } from '@/lib/bulk-run-input';
import { formatCount } from '@/lib/format-numbers';

export interface SelectAllMatching {
  /** The button's text: "Select all 1,208 matching offers". */
  label: string;
  onSelect: () => void;
  /** The offers are still being read: the button waits, and this says how far it got. */
  progress?: string | undefined;
}

interface SelectionBarProps {
  selected: readonly BulkOffer[];
  /** Absent when every matching offer is on the page shown. */
  selectAll?: SelectAllMatching | undefined;
  onClear: () => void;
  onRun: (offers: readonly BulkOffer[]) => void;
}

const count = (n: number) => `${formatCount(n)} ${n === 1 ? 'offer' : 'offers'}`;

/** Shown while any offer is selected: how many, select more, clear, and the bulk action. */
export function SelectionBar({ selected, selectAll, onClear, onRun }: SelectionBarProps) {
  if (selected.length === 0) return null;
  return (
    <section
      aria-label="Selection"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-surface-2 px-3 py-2"
    >
      <p className="text-sm font-medium" role="status">
        {count(selected.length)} selected
      </p>
      {selectAll && (
        <button
          type="button"
          className="btn"
          aria-disabled={selectAll.progress !== undefined || undefined}
          onClick={() => {
            if (selectAll.progress === undefined) selectAll.onSelect();
          }}
        >
          {selectAll.label}
        </button>
      )}
      {selectAll?.progress !== undefined && <p className="text-sm text-muted">{selectAll.progress}</p>}
      <button type="button" className="btn" onClick={onClear}>
        Clear selection
      </button>
      <button
        type="button"
        className="btn btn-primary ml-auto"
        onClick={() => {
          onRun(selected);
        }}
      >
        Get tracking links for {count(selected.length)}
      </button>
    </section>
  );
}
