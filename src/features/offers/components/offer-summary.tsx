import { DateTime } from '@/components/ui/date-time';
import { FieldList } from '@/components/ui/field-list';
import type { Field } from '@/components/ui/field-list';
import { describePayoutType, describePlatform, formatMoney } from '@/lib/format';
import type { Offer } from '@/contract';

function Missing() {
  return <span className="text-muted">Not set</span>;
}

export function OfferSummary({ offer }: { offer: Offer }) {
  const payoutType = describePayoutType(offer.payout_type);
  const fields: Field[] = [
    {
      label: 'Payout',
      value: (
        <span>
          <span className="text-lg font-semibold">{formatMoney(offer.payout)}</span>{' '}
          <abbr title={payoutType.long} className="no-underline">
            {payoutType.short}
          </abbr>{' '}
          <span className="text-sm text-muted">({payoutType.long})</span>
        </span>
      ),
    },
    { label: 'Advertiser ID', value: offer.advertiser_id ? <code>{offer.advertiser_id}</code> : <Missing /> },
    { label: 'External platform', value: describePlatform(offer.external_platform) },
    { label: 'External ID', value: offer.external_id ? <code>{offer.external_id}</code> : <Missing /> },
    { label: 'Bot filtering', value: offer.filter_bots ? 'On' : 'Off' },
    { label: 'Created', value: <DateTime value={offer.created_at} /> },
    { label: 'Updated', value: <DateTime value={offer.updated_at} /> },
  ];
  return <FieldList fields={fields} />;
}
