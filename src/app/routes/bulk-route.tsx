import { useMemo, useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { BulkRunPage, NoBulkRun } from '@/features/bulk-links/components/bulk-run-page';
import type { LoadBulkTools } from '@/features/bulk-links/lib/bulk-tools';
import { onPresetsChange, readPresets } from '@/features/link-builder/lib/preset-storage';
import { useRememberCopies } from '@/features/link-library/lib/use-remember-copies';
import { useApiClient } from '@/lib/api/api-client-context';
import { loadOnce } from '@/lib/load-once';
import type { ApiClient } from '@/lib/api/client';
import { bulkRunInput } from '@/lib/bulk-run-input';
import { useStoredValue } from '@/lib/use-stored-value';

/** The run's tools (API, link builder, pixel reader) in their own chunk: the page draws without them. */
function toolsLoader(client: ApiClient, queryClient: QueryClient): LoadBulkTools {
  return loadOnce(() => import('./bulk-run-tools').then((module) => module.createBulkTools(client, queryClient)));
}

/** Tracking links for the offers chosen on the list: the run reads and warms the same cache as the offer pages. */
export function BulkRoute() {
  const input = useStoredValue(bulkRunInput);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const presets = useSyncExternalStore(onPresetsChange, readPresets);
  const loadTools = useMemo(() => toolsLoader(client, queryClient), [client, queryClient]);
  // Each link copied from the results is remembered for the Links page, with its row's offer.
  const rememberCopy = useRememberCopies(client.cacheKey);
  if (input === null || input.offers.length === 0) return <NoBulkRun />;
  return (
    <BulkRunPage key={input.createdAt} input={input} loadTools={loadTools} presets={presets} onCopy={rememberCopy} />
  );
}
