import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { ROUTE_MODULES } from '../server/static/route-preloads.ts';

/** The one page that has no API data to show: what it shares with the others is "core". */
const SETTINGS_PAGE = 'src/features/settings/components/settings-page.tsx';

/**
 * How the build splits code, tuned for a first visit. Each page is a lazy chunk. Left
 * alone, the bundler gives every module shared between a page and any lazy part its own
 * small file, so a first visit to an offer fetched some twenty files: over HTTP/1.1 (six
 * connections a host) each is a round trip before the first render, and each is gzipped
 * alone. Here a first visit fetches the entry and four or five files:
 * - `index`: everything the entry needs (React, the router, the app shell), one file;
 * - `core`: what Settings needs for its first render and another page needs too;
 * - `pages-shared`: what two or more of the other pages need for their first render;
 * - `<page>-parts`: what one page alone needs for its first render.
 * A page can load a shared module it does not use; that costs the Bulk and Links pages a
 * few kB and saves every page several round trips. Code only lazy parts use (dialogs,
 * the search, the run, exports) is left to the bundler.
 */
export function routeChunks(root: string): { plugin: Plugin; groups: Rolldown.CodeSplittingGroup[] } {
  // module id -> the pages (route module files) whose first render imports it
  const pagesOf = new Map<string, string[]>();
  const lazyEntries = new Set<string>();

  const plugin: Plugin = {
    name: 'route-chunks',
    apply: 'build',
    buildEnd() {
      pagesOf.clear();
      lazyEntries.clear();
      for (const [, page] of ROUTE_MODULES) {
        const seen = new Set<string>();
        const queue = [path.join(root, page)];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        for (const id of seen) pagesOf.set(id, [...(pagesOf.get(id) ?? []), page]);
      }
      for (const id of this.getModuleIds()) {
        if ((this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) lazyEntries.add(id);
      }
    },
  };

  const chunkOf = (id: string): string | null => {
    const pages = pagesOf.get(id);
    // A module something imports lazily keeps a chunk of its own (the import needs one).
    if (pages === undefined || lazyEntries.has(id)) return null;
    const [only] = pages;
    if (pages.length === 1 && only !== undefined) return `${path.basename(only).replace(/\.\w+$/, '')}-parts`;
    return pages.includes(SETTINGS_PAGE) ? 'core' : 'pages-shared';
  };

  return {
    plugin,
    groups: [
      { name: 'index', tags: ['$initial'], priority: 2 },
      // Only the modules named, not their imports: those go where their own pages say.
      { name: chunkOf, debugName: 'route-chunks', priority: 1, includeDependenciesRecursively: false },
    ],
  };
}
