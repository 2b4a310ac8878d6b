import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { CheckNowBar } from '@/features/link-library/components/check-now-bar';
import { LinksPage } from '@/features/link-library/components/links-page';
import { StaleFlags } from '@/features/link-library/components/stale-flags';
import { useStaleWatch } from '@/features/link-library/components/use-stale-watch';
import type { FetchCurrent } from '@/features/link-library/lib/check-links';
import { saveChecks, useLibraryEntries } from '@/features/link-library/lib/library-store';
import { useApiClient } from '@/lib/api/api-client-context';
import { whenIdle } from '@/lib/when-idle';

/** The offer and tracking-link readers (schemas, pixel parser) in their own chunk: the check alone needs them. */
const loadCurrentOffer = () => import('./links-current-offer');

/**
 * `fetchCurrent` for the stale-link watch, bound to the app's API client and query cache.
 * Its code loads once the page is idle, alongside the check's own.
 */
function useFetchCurrentOffer(): FetchCurrent {
  const queryClient = useQueryClient();
  const client = useApiClient();
  useEffect(
    () =>
      whenIdle(() => {
        loadCurrentOffer().catch(() => undefined);
      }),
    [],
  );
  return useCallback(
    async (offerId: string, signal: AbortSignal | undefined) => {
      const { fetchCurrentOffer } = await loadCurrentOffer();
      return fetchCurrentOffer(queryClient, client, offerId, signal);
    },
    [queryClient, client],
  );
}

/**
 * The links copied on offer pages, for the API in use (the same key its queries use),
 * re-checked against what the offers and their tracking links say now.
 */
export function LinksRoute() {
  const api = useApiClient().cacheKey;
  const library = useLibraryEntries(api);
  const watch = useStaleWatch({
    api,
    entries: library.entries,
    fetchCurrent: useFetchCurrentOffer(),
    save: saveChecks,
  });
  return (
    <LinksPage
      api={api}
      library={library}
      toolbar={<CheckNowBar watch={watch} />}
      renderFlags={(entry) => <StaleFlags check={entry.check} />}
    />
  );
}
