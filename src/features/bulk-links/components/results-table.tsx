import { lazyComponent } from '@/lib/lazy-component';
import type { ResultRow as Row } from '../lib/result-rows';
import { ResultRow } from './result-row';

/** Past this many rows only those near the viewport are in the DOM. */
const VIRTUALIZE_ABOVE = 200;

const COLUMNS = [
  'Offer id',
  'Name',
  'Status',
  'Payout',
  'Tracking link',
  'Landing pages',
  'Pixel URL',
  'Outcome',
] as const;

/** The virtualizer, in its own chunk: only a run of more than VIRTUALIZE_ABOVE offers needs it. */
const VirtualRows = lazyComponent(
  () => import('./virtual-rows').then((module) => module.VirtualRows),
  <tbody>
    <tr>
      <td colSpan={COLUMNS.length} className="p-2 text-muted">
        Loading the results…
      </td>
    </tr>
  </tbody>,
);

export function ResultsTable({ rows }: { rows: readonly Row[] }) {
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[64rem] text-left text-sm" aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption className="sr-only">Tracking links of the offers in the run</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="p-2 text-xs font-semibold text-muted uppercase">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {virtual ? (
          <VirtualRows.Component rows={rows} columns={COLUMNS.length} />
        ) : (
          <tbody>
            {rows.map((row) => (
              <ResultRow key={row.id + String(row.index)} row={row} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
