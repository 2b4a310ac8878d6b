import { LinksPage } from '@/features/link-library/components/links-page';
import { useApiClient } from '@/lib/api/api-client-context';

/** The links copied on offer pages, for the API in use (the same key its queries use). */
export function LinksRoute() {
  return <LinksPage api={useApiClient().cacheKey} />;
}
