import { describeNote } from '@/components/ui/describe-note';
import type { FieldNote } from '@/contract';

interface Row {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly notes: readonly FieldNote[];
}

/**
 * Above the table: how many rows were not as documented, with the details in a
 * disclosure. The rows themselves show what they have.
 */
export function OddRowsNote({ rows }: { rows: readonly Row[] }) {
  const odd = rows.filter((row) => row.notes.length > 0);
  if (odd.length === 0) return null;
  return (
    <details className="rounded-lg border border-warning/50 bg-warning-soft p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        {odd.length === 1 ? '1 row was not as documented' : `${String(odd.length)} rows were not as documented`}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 wrap-anywhere">
        {odd.map((row, index) => (
          <li key={row.id ?? `row-${String(index)}`}>
            {row.name ?? row.id ?? 'A row without a usable id'}: {row.notes.map(describeNote).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
