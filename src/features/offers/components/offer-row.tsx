import { memo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ReadOffer as Offer } from '@/contract';
import type { HoverIntent } from '../lib/use-hover-intent';
import { OfferRowCells } from './offer-row-cells';

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
          {offer.name === undefined ? '(name not given)' : offer.name || '(unnamed offer)'}
        </Link>
        <span className="block truncate font-mono text-xs font-normal text-muted">{offer.id}</span>
      </th>
      <OfferRowCells offer={offer} now={now} />
    </tr>
  );
});
