import { formatAbsolute, formatRelative, parseDate } from '@/lib/format';

/**
 * Relative time, with the absolute time for screen readers in the text and, for
 * everyone else, in a tip shown while the row has keyboard focus or the pointer is on
 * the cell. The tips are CSS only, so 100 rows stay light.
 */
export function Updated({ value, now }: { value: string; now: number }) {
  const date = parseDate(value);
  if (!date) return <span>{value}</span>;
  const absolute = formatAbsolute(date);
  return (
    <>
      <time dateTime={date.toISOString()}>
        {formatRelative(date, now)}
        <span className="sr-only"> ({absolute})</span>
      </time>
      <span
        aria-hidden="true"
        data-testid="absolute-time-tip"
        className="absolute right-2 bottom-full z-20 mb-0.5 hidden rounded-md border border-border bg-fg px-2 py-1 text-xs font-medium whitespace-nowrap text-bg shadow-md group-focus-within/row:block group-hover/updated:block group-data-[tips=hidden]/table:hidden!"
      >
        {absolute}
      </span>
    </>
  );
}
