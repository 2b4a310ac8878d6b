import type { ComponentProps } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { GuardWarning } from '../lib/attribution-guard';
import { guardNotesId } from './field-ids';
import { GuardNotes } from './guard-notes';

type GuardedTextFieldProps = Omit<ComponentProps<typeof TextField>, 'describedBy'> & {
  id: string;
  /** What the attribution guard says of this field's value. */
  warnings: readonly GuardWarning[];
  onMove: (slot: number) => void;
};

/** A text field with the attribution guard's notes under it, which describe it. */
export function GuardedTextField({ warnings, onMove, ...field }: GuardedTextFieldProps) {
  const notesId = guardNotesId(field.id);
  return (
    <div className="space-y-1.5">
      <TextField {...field} describedBy={warnings.length > 0 ? notesId : undefined} />
      <GuardNotes id={notesId} warnings={warnings} onMove={onMove} />
    </div>
  );
}
