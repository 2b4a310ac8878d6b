import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { describePayoutType, describePlatform, formatAbsolute, formatMoney, formatRelative, parseDate } from '@/lib/format';
import type { Offer } from '../api/schemas';
import { useHoverIntent } from '../lib/use-hover-intent';

interface OffersTableProps {
  offers: readonly Offer[];
  now: number;
  dimmed: boolean;
  caption: string;
  onIntent: (id: string) => void;
}

function Updated({ value, now }: { value: string; now: number }) {
  const date = parseDate(value);
  if (!date) return <span>{value}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date)}>
      {formatRelative(date, now)}
      <span className="sr-only"> ({formatAbsolute(date)})</span>
    </time>
  );
}

/**
 * The offers of one page. On narrow screens it scrolls sideways with the name column
 * pinned, so every column stays reachable without losing which row is which.
 */
export function OffersTable({ offers, now, dimmed, caption, onIntent }: OffersTableProps) {
  const intent = useHoverIntent(onIntent);
  return (
    <div
      className={cn('relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity', dimmed && 'opacity-60')}
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
                className="group border-t border-border hover:bg-surface-2"
                onPointerEnter={() => {
                  intent.enter(offer.id);
                }}
                onPointerLeave={intent.leave}
              >
                <th
                  scope="row"
                  className="sticky left-0 max-w-[14rem] bg-surface px-3 py-2 text-left font-medium group-hover:bg-surface-2 sm:max-w-sm"
                >
                  <Link
                    to={paths.offer(offer.id)}
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
                <td className="px-3 py-2 font-mono text-xs">{offer.advertiser_id ?? <span className="text-muted">—</span>}</td>
                <td className="px-3 py-2 whitespace-nowrap">
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
