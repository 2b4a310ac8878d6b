import { formatAbsolute, formatRelative, parseDate } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** An upstream timestamp: absolute (UTC) and relative; an unparsable value shown as sent. */
export function DateTime({ value }: { value: string }) {
  const now = useNow(30_000);
  const date = parseDate(value);
  if (!date) {
    return (
      <span>
        {value || '(empty)'} <span className="text-muted">(not a valid date)</span>
      </span>
    );
  }
  return (
    <time dateTime={date.toISOString()} className="inline-flex flex-wrap gap-x-2">
      <span>{formatAbsolute(date)}</span>
      <span className="text-muted">({formatRelative(date, now)})</span>
    </time>
  );
}
