import { CheckNowBar } from '@/features/link-library/components/check-now-bar';
import { LinksPage } from '@/features/link-library/components/links-page';
import { StaleFlags } from '@/features/link-library/components/stale-flags';
import { useStaleWatch } from '@/features/link-library/components/use-stale-watch';
import { saveChecks, useLibraryEntries } from '@/features/link-library/lib/library-store';
import { useApiClient } from '@/lib/api/api-client-context';
import { useFetchCurrentOffer } from './links-current-offer';

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
