import { useMemo, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BulkRunPage, NoBulkRun } from '@/features/bulk-links/components/bulk-run-page';
import type { BulkParams, LinkDecorator, PixelReader } from '@/features/bulk-links/lib/bulk-params';
import type { LinksSource } from '@/features/bulk-links/lib/links-source';
import { buildLink } from '@/features/link-builder/lib/build-link';
import { onPresetsChange, readPresets } from '@/features/link-builder/lib/builder-storage';
import { hasAnyValue, toLinkParams } from '@/features/link-builder/lib/builder-values';
import { getParamNames, platformFromExternal } from '@/features/link-builder/lib/platform-params';
import { getTrackingLinks, trackingLinksQueryOptions } from '@/features/tracking-links/api';
import { parsePixel } from '@/features/tracking-links/lib/parse-pixel';
import { useRememberCopies } from '@/features/link-library/lib/use-remember-copies';
import { CopyRecorderContext } from '@/components/ui/copy-recorder';
import { useApiClient } from '@/lib/api/api-client-context';
import { bulkRunInput } from '@/lib/bulk-run-input';
import { useStoredValue } from '@/lib/use-stored-value';

/** Sub-ids named per platform as the link builder names them; an unsafe link stays as it is. */
const decorate: LinkDecorator = (link: string, platform: string | null, params: BulkParams) => {
  if (!hasAnyValue(params)) return link;
  const built = buildLink(link, toLinkParams(params, getParamNames(platformFromExternal(platform))), {
    keepMacros: params.keepMacros,
  });
  return built.error === undefined ? built.url : link;
};

const readPixel: PixelReader = (snippet) => {
  const pixel = parsePixel(snippet);
  return pixel.kind === 'image' ? pixel.src : null;
};

/** Tracking links for the offers chosen on the list: the run reads and warms the same cache as the offer pages. */
export function BulkRoute() {
  const input = useStoredValue(bulkRunInput);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const presets = useSyncExternalStore(onPresetsChange, readPresets);
  const source = useMemo<LinksSource>(
    () => ({
      fetchLinks: (offerId, signal) => getTrackingLinks(client, offerId, signal),
      cachedLinks: (offerId) => queryClient.getQueryData(trackingLinksQueryOptions(client, offerId).queryKey),
      warmCache: (offerId, links) => {
        queryClient.setQueryData(trackingLinksQueryOptions(client, offerId).queryKey, links);
      },
    }),
    [client, queryClient],
  );
  // Each link copied from the results is remembered for the Links page, with its row's offer.
  const rememberCopy = useRememberCopies(client.cacheKey);
  if (input === null || input.offers.length === 0) return <NoBulkRun />;
  return (
    <CopyRecorderContext value={rememberCopy}>
      <BulkRunPage
        key={input.createdAt}
        input={input}
        source={source}
        decorate={decorate}
        readPixel={readPixel}
        presets={presets}
      />
    </CopyRecorderContext>
  );
}
