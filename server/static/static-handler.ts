import type { Context } from 'hono';
import { ASSETS_DIR, INDEX_FILE, NO_STORE, cacheControlFor } from './cache-policy.ts';
import { createFileStore, type FileStore } from './file-store.ts';
import { createRoutePages } from './route-pages.ts';
import { pathSegments } from './safe-path.ts';
import { sendBody } from './send-body.ts';

function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /\btext\/html\b/i.test(accept);
}

function plainText(status: 404 | 503, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE },
  });
}

/**
 * GET/HEAD handler for the built app in distDir: a file when the path names one; else,
 * for a page navigation (Accept: text/html) outside /assets/, index.html (the SPA
 * decides the route; the route's chunks are named in it as modulepreload links); else 404. Paths that could leave distDir are 404 without a look
 * at the disk. Files come from `store` (by default a new file store over distDir).
 */
export function staticHandler(distDir: string, store: FileStore = createFileStore(distDir)): (c: Context) => Promise<Response> {
  const pages = createRoutePages(store);
  return async (c) => {
    const pathname = new URL(c.req.url).pathname;
    // null: the path could not name a file safely (e.g. an offer id holding an encoded
    // slash). It is never looked up on disk, but it may still be a client route.
    const segments = pathSegments(pathname);
    const requestHeaders = c.req.raw.headers;
    if (segments !== null && segments.at(-1) !== '') {
      const file = await store.read(segments);
      if (file !== null) return sendBody(requestHeaders, file, cacheControlFor(segments));
    }
    const inAssets = pathname === `/${ASSETS_DIR}` || pathname.startsWith(`/${ASSETS_DIR}/`);
    if (inAssets || !acceptsHtml(c.req.header('Accept'))) return plainText(404, 'Not found');
    const index = await store.read([INDEX_FILE]);
    if (index === null) return plainText(503, 'The app is not built: run npm run build first');
    return sendBody(requestHeaders, await pages.forRoute(index, pathname), NO_STORE);
  };
}
