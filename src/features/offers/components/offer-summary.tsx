import { noteFor } from '@/contract';
import { DateTime } from '@/components/ui/date-time';
import { FieldList } from '@/components/ui/field-list';
import type { Field } from '@/components/ui/field-list';
import { NotGiven } from '@/components/ui/not-given';
import { describePayoutType, describePlatform, formatMoney } from '@/lib/format';
import type { ReadOffer as Offer } from '@/contract';

function Missing() {
  return <span className="text-muted">Not set</span>;
}

function Payout({ offer }: { offer: Offer }) {
  const notGiven = (field: string) => <NotGiven note={noteFor(offer.notes, field)} />;
  const payoutType = offer.payout_type === undefined ? undefined : describePayoutType(offer.payout_type);
  return (
    <span>
      {offer.payout === undefined ? (
        notGiven('payout')
      ) : (
        <span className="text-lg font-semibold">{formatMoney(offer.payout)}</span>
      )}{' '}
      {payoutType ? (
        <>
          <abbr title={payoutType.long} className="no-underline">
            {payoutType.short}
          </abbr>{' '}
          <span className="text-sm text-muted">({payoutType.long})</span>
        </>
      ) : (
        <span className="text-sm">(payout type: {notGiven('payout_type')})</span>
      )}
    </span>
  );
}

export function OfferSummary({ offer }: { offer: Offer }) {
  // `undefined` is a field the API did not give usably; null is the API saying "none".
  const given = <T,>(field: keyof Offer, value: T | undefined, show: (value: T) => React.ReactNode) =>
    value === undefined ? <NotGiven note={noteFor(offer.notes, field)} /> : show(value);
  const fields: Field[] = [
    { label: 'Payout', value: <Payout offer={offer} /> },
    {
      label: 'Advertiser ID',
      value: given('advertiser_id', offer.advertiser_id, (id) => (id ? <code>{id}</code> : <Missing />)),
    },
    { label: 'External platform', value: given('external_platform', offer.external_platform, describePlatform) },
    {
      label: 'External ID',
      value: given('external_id', offer.external_id, (id) => (id ? <code>{id}</code> : <Missing />)),
    },
    { label: 'Bot filtering', value: given('filter_bots', offer.filter_bots, (on) => (on ? 'On' : 'Off')) },
    { label: 'Created', value: given('created_at', offer.created_at, (at) => <DateTime value={at} />) },
    { label: 'Updated', value: given('updated_at', offer.updated_at, (at) => <DateTime value={at} />) },
  ];
  return <FieldList fields={fields} />;
}
