import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE } from './cache-policy.ts';
import {
  MANIFEST_SEGMENTS,
  parseManifest,
  routePreloads,
  withModulePreloads,
  type Manifest,
} from './route-preloads.ts';

export interface RoutePages {
  /**
   * The page for a client route: null when index.html is missing, INDEX_FILE when the
   * file serves as it is, else index.html with the route's chunks preloaded.
   */
  forRoute(pathname: string): Promise<string | null>;
}

async function version(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? `${info.mtimeMs} ${info.size}` : null;
  } catch {
    return null;
  }
}

/**
 * One index.html variant per route chunk set, made once and kept until index.html or
 * the manifest changes (a rebuild is picked up without a restart). Without a manifest
 * (an older build, a dist from elsewhere) every route gets index.html as it is.
 */
export function createRoutePages(distDir: string): RoutePages {
  const indexPath = path.join(distDir, INDEX_FILE);
  const manifestPath = path.join(distDir, ...MANIFEST_SEGMENTS);
  let generation: string | undefined;
  let manifest: Manifest | null = null;
  let indexHtml = '';
  const variants = new Map<string, string>();

  return {
    async forRoute(pathname) {
      const [indexVersion, manifestVersion] = await Promise.all([version(indexPath), version(manifestPath)]);
      if (indexVersion === null) return null;
      if (manifestVersion === null) return INDEX_FILE;
      const current = `${indexVersion} ${manifestVersion}`;
      if (generation !== current) {
        [indexHtml, manifest] = await Promise.all([
          readFile(indexPath, 'utf8'),
          readFile(manifestPath, 'utf8').then(parseManifest),
        ]);
        variants.clear();
        generation = current;
      }
      const files = manifest === null ? [] : routePreloads(manifest, pathname);
      if (files.length === 0) return INDEX_FILE;
      const key = files.join(' ');
      let html = variants.get(key);
      if (html === undefined) {
        html = withModulePreloads(indexHtml, files);
        variants.set(key, html);
      }
      return html;
    },
  };
}
