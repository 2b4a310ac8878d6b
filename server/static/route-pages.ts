import { createTextBody, type EncodedBody } from './encoded-body.ts';
import type { FileStore } from './file-store.ts';
import { MANIFEST_SEGMENTS, parseManifest, routePreloads, withModulePreloads, type Manifest } from './route-preloads.ts';

export interface RoutePages {
  /** index.html for a client route: with its chunks preloaded when the build says which. */
  forRoute(index: EncodedBody, pathname: string): Promise<EncodedBody>;
}

/**
 * One index.html variant per route chunk set, made once and kept (compressed forms
 * included) until index.html changes. Without a manifest (an older build, a dist from
 * elsewhere) every route gets index.html as it is.
 */
export function createRoutePages(store: FileStore): RoutePages {
  let manifestFor: { etag: string; manifest: Manifest | null } | undefined;
  let variantsFor: string | undefined;
  const variants = new Map<string, EncodedBody>();

  return {
    async forRoute(index, pathname) {
      const manifestBody = await store.read(MANIFEST_SEGMENTS);
      if (manifestBody === null) return index;
      if (manifestFor?.etag !== manifestBody.etag) {
        manifestFor = { etag: manifestBody.etag, manifest: parseManifest(Buffer.from(manifestBody.identity).toString('utf8')) };
      }
      const manifest = manifestFor.manifest;
      if (manifest === null) return index;
      const files = routePreloads(manifest, pathname);
      if (files.length === 0) return index;

      const generation = `${index.etag} ${manifestBody.etag}`;
      if (variantsFor !== generation) {
        variants.clear();
        variantsFor = generation;
      }
      const key = files.join(' ');
      let body = variants.get(key);
      if (body === undefined) {
        body = createTextBody(withModulePreloads(Buffer.from(index.identity).toString('utf8'), files), index.contentType);
        variants.set(key, body);
      }
      return body;
    },
  };
}
