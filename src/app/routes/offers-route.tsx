import { OffersPage } from '@/features/offers/components/offers-page';
import { usePrefetchOfferPage } from './use-prefetch-offer-page';

/** The offers list; a row the user is about to open warms up the offer's whole page. */
export function OffersRoute() {
  const prefetch = usePrefetchOfferPage();
  return <OffersPage onRowIntent={prefetch} />;
}
