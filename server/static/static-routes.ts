import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { BlankEnv } from 'hono/types';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { ASSETS_DIR, cacheHeaders, INDEX_FILE, NO_STORE } from './cache-policy.ts';
import { createRoutePages } from './route-pages.ts';

export interface StaticOptions {
  /** The built app; absolute. */
  readonly distDir: string;
  /** Serve the build's `.map` files (SOURCE_MAPS=on). */
  readonly sourceMaps: boolean;
}

const noop = (): Promise<void> => Promise.resolve();

function plainText(status: 404 | 503, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE },
  });
}

/**
 * Whether a request for a missing file should get the app: a navigation says text/html;
 * `*\/*` or no Accept (curl, load balancers) gets it too, except for a path that names a
 * file (has an extension). Only a request that clearly asks for another type gets 404.
 */
function wantsPage(accept: string | undefined, pathname: string): boolean {
  if (accept !== undefined && /\btext\/html\b/i.test(accept)) return true;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (lastSegment.includes('.')) return false;
  return accept === undefined || accept.trim() === '' || /(^|,)\s*(\*\/\*|text\/\*)/.test(accept);
}

/**
 * The built app from distDir, for GET and HEAD: files through serveStatic (MIME type,
 * precompressed `.br`/`.gz` twins from the build, ranges), ETags through the etag
 * middleware, and else the SPA fallback: index.html, with the route's chunks named as
 * modulepreload links. Dotfiles, source maps (unless enabled), directories and files
 * reached through a symlink out of distDir are never served.
 */
export function staticRoutes({ distDir, sourceMaps }: StaticOptions): Hono {
  const app = new Hono();
  const pages = createRoutePages(distDir);
  const pageRequests = new WeakSet<Request>();
  const realRoot = realpath(distDir).catch(() => distDir);
  const files = serveStatic({ root: distDir, precompressed: true });
  const indexFile = serveStatic({ root: distDir, path: INDEX_FILE, precompressed: true });
  const gzipPage = compress();

  async function servable(pathname: string): Promise<boolean> {
    if (pathname.endsWith('/') || /(^|\/)\./.test(pathname)) return false;
    if (!sourceMaps && pathname.endsWith('.map')) return false;
    try {
      const target = await realpath(path.join(distDir, pathname));
      return target.startsWith(`${await realRoot}${path.sep}`);
    } catch {
      return false;
    }
  }

  async function page(c: Context<BlankEnv, string>): Promise<Response> {
    const pathname = c.req.path;
    const inAssets = pathname === `/${ASSETS_DIR}` || pathname.startsWith(`/${ASSETS_DIR}/`);
    if (inAssets || !wantsPage(c.req.header('Accept'), pathname)) return plainText(404, 'Not found');
    const html = await pages.forRoute(pathname);
    if (html === null) return plainText(503, 'The app is not built: run npm run build first');
    pageRequests.add(c.req.raw);
    if (html === INDEX_FILE)
      return (await indexFile(c, noop)) ?? plainText(503, 'The app is not built: run npm run build first');
    await gzipPage(c, () => {
      c.res = c.html(html);
      return Promise.resolve();
    });
    return c.res;
  }

  app.use(
    '*',
    cacheHeaders((request) => pageRequests.has(request)),
  );
  app.use('*', etag());
  app.get('*', async (c) => {
    if (await servable(c.req.path)) {
      const found = await files(c, noop);
      if (found !== undefined) return found;
    }
    return page(c);
  });
  return app;
}
