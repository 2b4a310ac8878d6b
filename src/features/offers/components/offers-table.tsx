import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import {
  describePayoutType,
  describePlatform,
  formatAbsolute,
  formatMoney,
  formatRelative,
  parseDate,
} from '@/lib/format';
import type { Offer } from '@/contract';
import { useHoverIntent } from '../lib/use-hover-intent';

interface OffersTableProps {
  offers: readonly Offer[];
  now: number;
  dimmed: boolean;
  caption: string;
  onIntent: (id: string) => void;
  /** Router state for the links to each offer (how to get back to this list). */
  linkState?: unknown;
}

/**
 * Relative time, with the absolute time for screen readers in the text and, for
 * everyone else, in a tip shown while the row has keyboard focus or the pointer is on
 * the cell. The tips are CSS only, so 100 rows stay light.
 */
function Updated({ value, now }: { value: string; now: number }) {
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

/**
 * Escape hides the time tips (WCAG 1.4.13: dismissible without moving focus or the
 * pointer) until focus moves or the pointer goes to another row.
 */
function useDismissibleTips() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let dismissedRow: Element | null = null;
    const show = () => {
      dismissedRow = null;
      delete container.dataset.tips;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || container.dataset.tips === 'hidden') return;
      const hovered = container.querySelector('tr:hover');
      const focused = document.activeElement?.closest('tr') ?? null;
      if (!hovered && !(focused && container.contains(focused))) return;
      dismissedRow = hovered ?? focused;
      container.dataset.tips = 'hidden';
    };
    const onPointerOver = (event: PointerEvent) => {
      if (container.dataset.tips !== 'hidden') return;
      const row = event.target instanceof Element ? event.target.closest('tr') : null;
      if (row !== dismissedRow) show();
    };
    window.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', show);
    container.addEventListener('pointerover', onPointerOver);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', show);
      container.removeEventListener('pointerover', onPointerOver);
    };
  }, []);
  return ref;
}

/**
 * The offers of one page. On narrow screens it scrolls sideways with the name column
 * pinned, so every column stays reachable without losing which row is which.
 */
export function OffersTable({ offers, now, dimmed, caption, onIntent, linkState }: OffersTableProps) {
  const intent = useHoverIntent(onIntent);
  const tipsRef = useDismissibleTips();
  return (
    <div
      ref={tipsRef}
      className={cn(
        'group/table relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity',
        dimmed && 'opacity-60',
      )}
      aria-busy={dimmed || undefined}
    >
      <table className="w-full min-w-[44rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-2 text-left">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-surface-2 px-3 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Payout
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Platform
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Advertiser
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => {
            const payoutType = describePayoutType(offer.payout_type);
            return (
              <tr
                key={offer.id}
                className="group/row border-t border-border hover:bg-surface-2"
                onPointerEnter={() => {
                  intent.enter(offer.id);
                }}
                onPointerLeave={intent.leave}
              >
                <th
                  scope="row"
                  className="sticky left-0 max-w-[14rem] bg-surface px-3 py-2 text-left font-medium group-hover/row:bg-surface-2 sm:max-w-sm"
                >
                  <Link
                    to={paths.offer(offer.id)}
                    state={linkState}
                    className="block break-words"
                    onFocus={() => {
                      intent.focus(offer.id);
                    }}
                  >
                    {offer.name || '(unnamed offer)'}
                  </Link>
                  <span className="block truncate font-mono text-xs font-normal text-muted">{offer.id}</span>
                </th>
                <td className="px-3 py-2">
                  <StatusBadge status={offer.status} />
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {formatMoney(offer.payout)}{' '}
                  <abbr title={payoutType.long} className="text-muted no-underline">
                    {payoutType.short}
                  </abbr>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {describePlatform(offer.external_platform)}
                  {offer.external_id && <span className="block font-mono text-xs text-muted">{offer.external_id}</span>}
                </td>
                <td className="px-3 py-2 font-mono text-xs">
                  {offer.advertiser_id ?? <span className="text-muted">—</span>}
                </td>
                <td className="group/updated relative px-3 py-2 whitespace-nowrap">
                  <Updated value={offer.updated_at} now={now} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
