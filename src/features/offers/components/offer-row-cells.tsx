import { noteFor } from '@/contract';
import { NotGiven } from '@/components/ui/not-given';
import { StatusBadge } from '@/components/ui/status-badge';
import { describePayoutType, describePlatform, formatMoney } from '@/lib/format';
import type { OfferFieldValues, FieldNote } from '@/contract';
import { Updated } from './offer-updated';

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
