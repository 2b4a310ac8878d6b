import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useRecentOffers } from '../lib/recent-offers';
import { useHoverIntent } from '../lib/use-hover-intent';

interface RecentOffersListProps {
  onIntent: (id: string) => void;
  /** Router state for the links to each offer (how to get back to this list). */
  linkState?: unknown;
}

/** The offers last opened on this device, on the API in use. */
export function RecentOffersList({ onIntent, linkState }: RecentOffersListProps) {
  const recent = useRecentOffers();
  const intent = useHoverIntent(onIntent);
  if (recent.length === 0) return null;
  return (
    <nav aria-label="Recently viewed offers" className="space-y-2">
      <h2 className="text-sm font-semibold text-muted">Recently viewed</h2>
      <ul className="flex flex-wrap gap-2">
        {recent.map((offer) => (
          <li key={offer.id}>
            <Link
              to={paths.offer(offer.id)}
              state={linkState}
              className="inline-block max-w-[16rem] truncate rounded-full border border-border bg-surface px-3 py-1 text-sm"
              title={offer.id}
              onFocus={() => {
                intent.focus(offer.id);
              }}
              onPointerEnter={() => {
                intent.enter(offer.id);
              }}
              onPointerLeave={intent.leave}
            >
              {offer.name || offer.id}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
