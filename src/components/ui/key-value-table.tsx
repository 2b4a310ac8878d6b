import { useState } from 'react';
import { isSafeHttpUrl, isUnsafeLink } from '@/lib/url-safety';
import { SafeLink, UnsafeUrl } from './safe-link';
import { isRecord } from '@/lib/is-record';
import { TextField } from './text-field';

/** Above this many keys a filter box appears so the table stays usable. */
const FILTER_THRESHOLD = 12;

function ValueView({ value, depth }: { value: unknown; depth: number }) {
  if (value === null) return <span className="italic text-muted">null</span>;
  if (typeof value === 'boolean') return <span className="font-mono">{value ? 'true' : 'false'}</span>;
  if (typeof value === 'number') return <span className="font-mono">{String(value)}</span>;
  if (typeof value === 'string') {
    if (value === '') return <span className="italic text-muted">(empty string)</span>;
    if (isSafeHttpUrl(value)) return <SafeLink href={value} external className="break-all" />;
    if (isUnsafeLink(value)) return <UnsafeUrl value={value} />;
    return <span className="whitespace-pre-wrap break-words">{value}</span>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="italic text-muted">(empty list)</span>;
    return (
      <ol className="list-decimal space-y-1 pl-5">
        {(value as unknown[]).map((item, index) => (
          // Array items have no identity other than their position.
          <li key={index}>
            <ValueView value={item} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return <span className="italic text-muted">(empty object)</span>;
    return (
      <dl className="grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 gap-y-1 border-l-2 border-border pl-3">
        {entries.map(([key, item]) => (
          <div key={key} className="contents">
            <dt className="font-mono text-sm text-muted break-all">{key}</dt>
            <dd className="min-w-0">
              <ValueView value={item} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span className="font-mono">{typeof value}</span>;
}

interface KeyValueTableProps {
  data: Record<string, unknown>;
  caption: string;
}

/** Free-form metadata as a readable table: nested values indented, long ones wrapped. */
export function KeyValueTable({ data, caption }: KeyValueTableProps) {
  const [filter, setFilter] = useState('');
  const entries = Object.entries(data);
  if (entries.length === 0) return <p className="text-sm text-muted">No metadata on this offer.</p>;

  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? entries.filter(([key, value]) => `${key} ${JSON.stringify(value)}`.toLowerCase().includes(needle))
    : entries;

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
            {shown.map(([key, value]) => (
              <tr key={key} className="border-b border-border align-top last:border-0">
                <th scope="row" className="py-2 pr-3 text-left font-mono font-normal break-all">
                  {key}
                </th>
                <td className="min-w-0 py-2 break-words">
                  <ValueView value={value} depth={0} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="py-2 text-sm text-muted">No key or value matches “{filter}”.</p>}
      </div>
    </div>
  );
}
