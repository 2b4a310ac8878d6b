import type { FieldNote } from '@/contract';

/**
 * A value the API did not give in a usable form: says so, with what was sent (as text,
 * never as markup) when something was.
 */
export function NotGiven({ note }: { note?: FieldNote | undefined }) {
  return (
    <span className="text-muted">
      Not given
      {note?.sent !== undefined && (
        <>
          {' '}
          (the API sent <code className="break-all">{note.sent}</code>)
        </>
      )}
    </span>
  );
}
