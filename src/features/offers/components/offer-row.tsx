import { memo } from 'react';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import type { Offer } from '@/contract';
import { describePayoutType, describePlatform, formatMoney } from '@/lib/format';
import type { HoverIntent } from '../lib/use-hover-intent';
import { Updated } from './offer-updated';

interface OfferRowProps {
  offer: Offer;
  now: number;
  selected: boolean;
  onToggle: (offer: Offer) => void;
  intent: HoverIntent;
  linkState: unknown;
}

/** The name a row's checkbox is read out with; a nameless offer goes by its id. */
function selectLabel(offer: Offer): string {
  return offer.name ? `Select ${offer.name}` : `Select offer ${offer.id}`;
}

/**
 * One offer of the table. Memoised: toggling one checkbox re-renders that row only, as
 * every other row gets the same props.
 */
export const OfferRow = memo(function OfferRow({ offer, now, selected, onToggle, intent, linkState }: OfferRowProps) {
  const payoutType = describePayoutType(offer.payout_type);
  return (
    <tr
      className="group/row border-t border-border hover:bg-surface-2"
      onPointerEnter={() => {
        intent.enter(offer.id);
      }}
      onPointerLeave={intent.leave}
    >
      <td className="sticky left-0 z-10 w-10 bg-surface py-2 pr-1 pl-3 align-top group-hover/row:bg-surface-2">
        <input
          type="checkbox"
          className="mt-0.5 size-4"
          aria-label={selectLabel(offer)}
          checked={selected}
          onChange={() => {
            onToggle(offer);
          }}
        />
      </td>
      <th
        scope="row"
        className="sticky left-10 max-w-[14rem] bg-surface px-3 py-2 text-left font-medium group-hover/row:bg-surface-2 sm:max-w-sm"
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
      <td className="px-3 py-2 font-mono text-xs">{offer.advertiser_id ?? <span className="text-muted">—</span>}</td>
      <td className="group/updated relative px-3 py-2 whitespace-nowrap">
        <Updated value={offer.updated_at} now={now} />
      </td>
    </tr>
  );
});
