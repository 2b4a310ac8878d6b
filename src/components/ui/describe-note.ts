import type { FieldNote } from '@/contract';
import { VENDOR_NAMES } from './vendor-names';

/** One note in words naming the vendor and the field ("Trackly sent payout as text: "3.10""). */
export function describeNote(note: FieldNote): string {
  const vendor = VENDOR_NAMES[note.vendor];
  switch (note.problem) {
    case 'as-text':
      return `${vendor} sent ${note.field} as text: ${note.sent ?? ''} (shown as a number)`;
    case 'missing':
      return `${vendor} did not send ${note.field}`;
    case 'wrong-type':
      return `${vendor} sent ${note.field} as ${note.received ?? 'another type'}: ${note.sent ?? ''}`;
    case 'skipped-entry':
      return `${vendor} sent ${note.field}, which could not be read (${note.reason ?? 'unreadable'}): skipped`;
  }
}

export function countFields(count: number): string {
  return count === 1 ? '1 field was not as documented' : `${String(count)} fields were not as documented`;
}
