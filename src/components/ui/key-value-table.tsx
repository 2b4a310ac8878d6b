import { memo, useMemo, useState } from 'react';
import { boundedView, NODE_BUDGET } from '@/lib/json-view';
import type { ViewNode } from '@/lib/json-view';
import { useProgressiveCount } from '@/lib/use-progressive-count';
import { JsonValueView } from './json-value-view';
import { TextField } from './text-field';
import { formatCount } from '@/lib/format-numbers';

/** Above this many keys a filter box appears so the table stays usable. */
const FILTER_THRESHOLD = 12;
/** Rows drawn per task: thousands of keys drawn in one task would block input. */
const ROWS_PER_TASK = 50;

function searchableText(key: string, value: unknown): string {
  try {
    return `${key} ${JSON.stringify(value)}`.toLowerCase();
  } catch {
    // Too deep for the serialiser: the key alone still matches.
    return key.toLowerCase();
  }
}

/** One key and its value. Memoised: each chunk drawn must not draw the rows before it again. */
const MetadataRow = memo(function MetadataRow({ name, node }: { name: string; node: ViewNode }) {
  return (
    <tr className="border-b border-border align-top last:border-0">
      <th scope="row" className="py-2 pr-3 text-left font-mono font-normal break-all">
        {name}
      </th>
      <td className="min-w-0 py-2 wrap-anywhere">
        <JsonValueView node={node} path={name} />
      </td>
    </tr>
  );
});

interface KeyValueTableProps {
  data: Record<string, unknown>;
  caption: string;
  /** How many values are drawn at first, and how many more each "Show more" adds. */
  budget?: number;
}

/**
 * Free-form metadata as a readable table: nested values indented, long ones wrapped.
 * However deep or wide the data, at most `budget` values are drawn at once.
 */
export function KeyValueTable({ data, caption, budget = NODE_BUDGET }: KeyValueTableProps) {
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(budget);
  const entries = useMemo(() => Object.entries(data), [data]);

  const needle = filter.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? entries.filter(([key, value]) => searchableText(key, value).includes(needle)) : entries),
    [entries, needle],
  );
  const view = useMemo(() => boundedView(shown, limit), [shown, limit]);
  const drawn = useProgressiveCount(view.rows.length, ROWS_PER_TASK);
  if (entries.length === 0) return <p className="text-sm text-muted">No metadata on this offer.</p>;

  return (
    <div className="space-y-3">
      {entries.length > FILTER_THRESHOLD && (
        <TextField
          className="max-w-xs"
          label={`Filter ${String(entries.length)} keys`}
          type="search"
          value={filter}
          onChange={setFilter}
        />
      )}
      <div className="relative overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="w-1/3 py-2 pr-3 font-semibold sm:w-1/4">
                Key
              </th>
              <th scope="col" className="py-2 font-semibold">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.slice(0, drawn).map(({ key, node }) => (
              <MetadataRow key={key} name={key} node={node} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="py-2 text-sm text-muted">No key or value matches “{filter}”.</p>}
      </div>
      {view.truncated && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <p>
            Showing the first {formatCount(limit)} values
            {view.hiddenRows > 0 ? ` (${formatCount(view.hiddenRows)} more keys)` : ''}.
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setLimit((current) => current + budget);
            }}
          >
            Show more metadata
          </button>
        </div>
      )}
    </div>
  );
}
