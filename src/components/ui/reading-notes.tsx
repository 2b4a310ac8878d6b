import type { FieldNote } from '@/contract';
import { countFields, describeNote } from './describe-note';

/**
 * What a tolerant reading found off the contract, in one disclosure: the page shows
 * what was usable, this says what was not. Nothing when all was as documented.
 */
export function ReadingNotes({ notes, className }: { notes: readonly FieldNote[]; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <details className={className ?? 'rounded-lg border border-warning/50 bg-warning-soft p-3 text-sm'}>
      <summary className="cursor-pointer font-medium">{countFields(notes.length)}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 wrap-anywhere">
        {notes.map((note) => (
          <li key={`${note.vendor}:${note.field}`}>{describeNote(note)}</li>
        ))}
      </ul>
    </details>
  );
}
