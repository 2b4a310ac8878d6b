import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { OffersPage } from '@/features/offers/components/offers-page';
import { useApiClient } from '@/lib/api/api-client-context';
import { bulkRunInput } from '@/lib/bulk-run-input';
import type { BulkOffer } from '@/lib/bulk-run-input';
import { usePrefetchOfferPage } from './use-prefetch-offer-page';

/**
 * The offers list; a row the user is about to open warms up the offer's whole page, and
 * the offers selected go to the bulk run through sessionStorage (too many for a URL).
 */
export function OffersRoute() {
  const prefetch = usePrefetchOfferPage();
  const api = useApiClient().cacheKey;
  const navigate = useNavigate();
  const startBulkRun = useCallback(
    (offers: readonly BulkOffer[]) => {
      bulkRunInput.set({ api, createdAt: new Date().toISOString(), offers: [...offers] });
      void navigate(paths.bulk);
    },
    [api, navigate],
  );
  return <OffersPage onRowIntent={prefetch} onBulkRun={startBulkRun} />;
}
