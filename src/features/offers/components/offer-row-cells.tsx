import { noteFor } from '@/contract';
import { NotGiven } from '@/components/ui/not-given';
import { StatusBadge } from '@/components/ui/status-badge';
import {
  describePayoutType,
  describePlatform,
  formatAbsolute,
  formatMoney,
  formatRelative,
  parseDate,
} from '@/lib/format';
import type { OfferFieldValues, FieldNote } from '@/contract';

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

/** A row's cells after its name; a field not given says so (with what was sent). */
export function OfferRowCells({
  offer,
  now,
}: {
  offer: OfferFieldValues & { notes: readonly FieldNote[] };
  now: number;
}) {
  const notGiven = (field: string) => <NotGiven note={noteFor(offer.notes, field)} />;
  const payoutType = offer.payout_type === undefined ? undefined : describePayoutType(offer.payout_type);
  return (
    <>
      <td className="px-3 py-2">
        {offer.status === undefined ? notGiven('status') : <StatusBadge status={offer.status} />}
      </td>
      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
        {offer.payout === undefined ? notGiven('payout') : formatMoney(offer.payout)}{' '}
        {payoutType && (
          <abbr title={payoutType.long} className="text-muted no-underline">
            {payoutType.short}
          </abbr>
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {offer.external_platform === undefined
          ? notGiven('external_platform')
          : describePlatform(offer.external_platform)}
        {offer.external_id && <span className="block font-mono text-xs text-muted">{offer.external_id}</span>}
      </td>
      <td className="px-3 py-2 font-mono text-xs">
        {offer.advertiser_id === undefined
          ? notGiven('advertiser_id')
          : (offer.advertiser_id ?? <span className="text-muted">—</span>)}
      </td>
      <td className="group/updated relative px-3 py-2 whitespace-nowrap">
        {offer.updated_at === undefined ? notGiven('updated_at') : <Updated value={offer.updated_at} now={now} />}
      </td>
    </>
  );
}
