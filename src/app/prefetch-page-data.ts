import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { resolveBaseUrl } from '@/config/runtime-config';
import { paths } from '@/config/paths';
import { settingsStore } from '@/features/settings/lib/settings-store';
import { createApiClient } from '@/lib/api/client';
import { keysFor } from './api-choice';
import type { DeployConfig } from './api-choice';

// A page whose code failed to load shows that itself.
const ignore = () => undefined;

/**
 * Starts the requests an offer page shows first, before React renders: its heading can
 * then paint with the page instead of a round trip after it. Same client and query
 * options as the page (ApiProvider's choice of API and keys), so the page's own queries
 * find these in flight or done and ask nothing again. Other pages start nothing here.
 */
export function prefetchPageData(pathname: string, queryClient: QueryClient, deploy: DeployConfig): void {
  const offerId = matchPath(paths.offerPattern, pathname)?.params.offerId;
  if (offerId === undefined || offerId === '') return;
  const settings = settingsStore.getSnapshot();
  const choice = resolveBaseUrl({ ...deploy, settings: settings.baseUrl });
  const client = createApiClient({ baseUrl: choice.url, credentials: keysFor(settings, choice) ?? {} });
  // The page's own module: the server preloads it, and importing it adds no chunk.
  import('@/app/routes/offer-detail-route')
    .then((page) => {
      page.prefetchOfferPage(queryClient, client, offerId);
    })
    .catch(ignore);
}
