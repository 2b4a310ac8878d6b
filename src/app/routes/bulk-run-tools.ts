import type { QueryClient } from '@tanstack/react-query';
import type { BulkParams, LinkDecorator, PixelReader } from '@/features/bulk-links/lib/bulk-params';
import type { BulkTools } from '@/features/bulk-links/lib/bulk-tools';
import { buildLink } from '@/features/link-builder/lib/build-link';
import { hasAnyValue, toLinkParams } from '@/features/link-builder/lib/builder-values';
import { getParamNames, platformFromExternal } from '@/features/link-builder/lib/platform-params';
import { getTrackingLinks, trackingLinksQueryOptions } from '@/features/tracking-links/api';
import { parsePixel } from '@/features/tracking-links/lib/parse-pixel';
import type { ApiClient } from '@/lib/api/client';

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

/** The run reads and warms the same tracking-links cache as the offer pages. */
export function createBulkTools(client: ApiClient, queryClient: QueryClient): BulkTools {
  return {
    source: {
      fetchLinks: (offerId, signal) => getTrackingLinks(client, offerId, signal),
      cachedLinks: (offerId) => queryClient.getQueryData(trackingLinksQueryOptions(client, offerId).queryKey),
      warmCache: (offerId, links) => {
        queryClient.setQueryData(trackingLinksQueryOptions(client, offerId).queryKey, links);
      },
    },
    decorate,
    readPixel,
  };
}
