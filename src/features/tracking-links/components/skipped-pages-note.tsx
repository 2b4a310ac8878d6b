import { VENDOR_NAMES } from '@/components/ui/vendor-names';
import type { FieldNote } from '@/contract';

/** "entry 3, tracking_link missing": the field names an entry as `offer_url[3]`. */
function describeEntry(note: FieldNote): string {
  const entry = /\[(\d+)\]$/.exec(note.field)?.[1];
  return `${entry ? `entry ${entry}` : note.field}, ${note.reason ?? 'unreadable'}`;
}

/** Landing pages that could not be read are skipped; this says so, next to the good ones. */
export function SkippedPagesNote({ notes }: { notes: readonly FieldNote[] }) {
  const skipped = notes.filter((note) => note.problem === 'skipped-entry');
  if (skipped.length === 0) return null;
  const vendor = VENDOR_NAMES[skipped[0]?.vendor ?? 'offerslook'];
  const count = skipped.length === 1 ? '1 landing page' : `${String(skipped.length)} landing pages`;
  return (
    <p role="note" className="rounded-md border border-warning/50 bg-warning-soft p-2 text-sm wrap-anywhere">
      {vendor} sent {count} that could not be read: {skipped.map(describeEntry).join('; ')}.
    </p>
  );
}
