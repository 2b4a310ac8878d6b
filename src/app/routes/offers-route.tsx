import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { OffersPage } from '@/features/offers/components/offers-page';
import { useApiClient } from '@/lib/api/api-client-context';
import { bulkRunInput } from '@/lib/bulk-run-input';
import type { BulkOffer } from '@/lib/bulk-run-input';

// A failed prefetch is not shown: the offer's page fetches again and shows the error there.
const ignore = () => undefined;

/**
 * The offers list; a row the user is about to open warms up the offer's whole page, and
 * the offers selected go to the bulk run through sessionStorage (too many for a URL).
 */
export function OffersRoute() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The offer page's own module starts its requests: the list warms that module up when
  // idle anyway, so the first intent costs no chunk of its own and the list none at all.
  const prefetch = useCallback(
    (id: string) => {
      import('./offer-detail-route')
        .then((page) => {
          page.prefetchOfferPage(queryClient, client, id);
        })
        .catch(ignore);
    },
    [client, queryClient],
  );
  const api = client.cacheKey;
  const startBulkRun = useCallback(
    (offers: readonly BulkOffer[]) => {
      bulkRunInput.set({ api, createdAt: new Date().toISOString(), offers: [...offers] });
      void navigate(paths.bulk);
    },
    [api, navigate],
  );
  return <OffersPage onRowIntent={prefetch} onBulkRun={startBulkRun} />;
}
