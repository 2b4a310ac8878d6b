import { useEffect, useRef } from 'react';
import { noteFor } from '@/contract';
import type { ReadOffer as Offer, UnlinkedOfferRow } from '@/contract';
import { NotGiven } from '@/components/ui/not-given';
import { cn } from '@/lib/cn';
import { useProgressiveCount } from '@/lib/use-progressive-count';
import { useHoverIntent } from '../lib/use-hover-intent';
import { OfferRow } from './offer-row';
import { OfferRowCells } from './offer-row-cells';
import { useDismissibleTips } from './use-dismissible-tips';

interface OffersTableProps {
  offers: readonly Offer[];
  /** Rows without a usable id: shown with what they have, but they cannot be opened or selected. */
  unlinked?: readonly UnlinkedOfferRow[];
  now: number;
  dimmed: boolean;
  caption: string;
  onIntent: (id: string) => void;
  /** Router state for the links to each offer (how to get back to this list). */
  linkState?: unknown;
  selectedIds: ReadonlySet<string>;
  /** Keep it stable: every row gets it. */
  onToggle: (offer: Offer) => void;
  /** Selects (or, when all are selected, unselects) the rows shown. */
  onTogglePage: (offers: readonly Offer[], select: boolean) => void;
  /**
   * Draw ROWS_PER_TASK rows per task rather than all at once: a first page of 50–100
   * rows is otherwise one long task on a phone. Only when nothing needs every row at
   * the first render (scroll restoration does).
   */
  drawInChunks?: boolean;
}

const ROWS_PER_TASK = 10;

/** What the page gives the table besides its rows. */
export type TableBindings = Pick<
  OffersTableProps,
  'now' | 'onIntent' | 'linkState' | 'selectedIds' | 'onToggle' | 'onTogglePage'
>;

/** "Select all on this page": checked when every row is, mixed when some are. */
function SelectPage({
  offers,
  selectedIds,
  onTogglePage,
}: Pick<OffersTableProps, 'offers' | 'selectedIds' | 'onTogglePage'>) {
  const ref = useRef<HTMLInputElement>(null);
  const count = offers.filter((offer) => selectedIds.has(offer.id)).length;
  const all = count > 0 && count === offers.length;
  const some = count > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="size-4"
      aria-label="Select all on this page"
      checked={all}
      onChange={() => {
        onTogglePage(offers, !all);
      }}
    />
  );
}

// The columns after the sticky name, with their header classes.
const COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['Status', 'px-3 py-2 font-semibold'],
  ['Payout', 'px-3 py-2 text-right font-semibold'],
  ['Platform', 'px-3 py-2 font-semibold'],
  ['Advertiser', 'px-3 py-2 font-semibold'],
  ['Updated', 'px-3 py-2 font-semibold'],
];

/**
 * The offers of one page. On narrow screens it scrolls sideways with the checkbox and
 * name columns pinned, so every column stays reachable without losing which row is which.
 */
export function OffersTable({
  offers,
  unlinked = [],
  now,
  dimmed,
  caption,
  onIntent,
  linkState,
  selectedIds,
  onToggle,
  onTogglePage,
  drawInChunks = false,
}: OffersTableProps) {
  const intent = useHoverIntent(onIntent);
  const drawn = useProgressiveCount(offers.length, drawInChunks ? ROWS_PER_TASK : offers.length);
  const tipsRef = useDismissibleTips();
  return (
    <div
      ref={tipsRef}
      className={cn(
        'group/table relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity',
        dimmed && 'opacity-60',
      )}
      // Busy while the previous view shows dimmed, and while a first page is still drawing
      // its rows: a script (or assistive technology) reads the rows once it is not.
      aria-busy={dimmed || drawn < offers.length || undefined}
    >
      <table className="w-full min-w-[46rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-2 text-left">
          <tr>
            <td className="sticky left-0 z-10 w-10 bg-surface-2 py-2 pr-1 pl-3">
              <SelectPage offers={offers} selectedIds={selectedIds} onTogglePage={onTogglePage} />
            </td>
            <th scope="col" className="sticky left-10 z-10 bg-surface-2 px-3 py-2 font-semibold">
              Name
            </th>
            {COLUMNS.map(([label, className]) => (
              <th key={label} scope="col" className={className}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {offers.slice(0, drawn).map((offer) => (
            <OfferRow
              key={offer.id}
              offer={offer}
              now={now}
              selected={selectedIds.has(offer.id)}
              onToggle={onToggle}
              intent={intent}
              linkState={linkState}
            />
          ))}
          {unlinked.map((offer, index) => (
            <tr key={`unlinked-${String(index)}`} className="border-t border-border bg-warning-soft">
              <td className="sticky left-0 z-10 w-10 bg-warning-soft" />
              <th
                scope="row"
                className="sticky left-10 max-w-[14rem] bg-warning-soft px-3 py-2 text-left font-medium sm:max-w-sm"
              >
                <span className="block break-words">{offer.name ?? '(name not given)'}</span>
                <span className="block text-xs font-normal">
                  No usable ID, so this offer cannot be opened: <NotGiven note={noteFor(offer.notes, 'id')} />
                </span>
              </th>
              <OfferRowCells offer={offer} now={now} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
