import { formatCount } from '@/lib/format-numbers';
interface PaginationNavProps {
  page: number;
  /** undefined while the number of pages is not known (a new filter loading, or it failed). */
  totalPages: number | undefined;
  onPage: (page: number) => void;
  /** Off while a search is still reading the list: its page count grows with each answer. */
  live?: boolean;
}

/**
 * First / previous / next / last, as the API pages them. A button that cannot act is
 * aria-disabled rather than disabled: reaching the last page with "Next" leaves
 * keyboard focus on it instead of dropping it to the page.
 */
export function PaginationNav({ page, totalPages, onPage, live = true }: PaginationNavProps) {
  const last = totalPages === undefined ? undefined : Math.max(totalPages, 1);
  const atEnd = last === undefined || page >= last;
  const buttons: Array<{ label: string; target: number; disabled: boolean; text: string }> = [
    { label: 'First page', target: 1, disabled: page <= 1, text: '« First' },
    { label: 'Previous page', target: page - 1, disabled: page <= 1, text: '‹ Previous' },
    { label: 'Next page', target: page + 1, disabled: atEnd, text: 'Next ›' },
    { label: 'Last page', target: last ?? page, disabled: atEnd, text: 'Last »' },
  ];
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-2">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className="btn"
          aria-label={button.label}
          aria-disabled={button.disabled || undefined}
          onClick={() => {
            if (!button.disabled) onPage(button.target);
          }}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
      <span className="text-sm text-muted" aria-live={live ? 'polite' : 'off'}>
        Page {formatCount(page)}
        {last !== undefined && ` of ${formatCount(last)}`}
      </span>
    </nav>
  );
}
