import type { MiddlewareHandler } from 'hono';

/** Hashed build output: the name changes whenever the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * index.html: revalidated on every use, so a deploy takes effect at once; `no-cache`
 * rather than `no-store` keeps the page eligible for the back-forward cache.
 */
const NO_CACHE = 'no-cache';
/** config.json and API answers: never kept. */
export const NO_STORE = 'no-store';
/** Other public files (favicon.svg, theme.js): unhashed, so only briefly cached. */
const SHORT_CACHE = 'public, max-age=3600';

export const ASSETS_DIR = 'assets';
export const INDEX_FILE = 'index.html';

/** Types served with a compressed twin when there is one: their answers vary by Accept-Encoding. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/i;

/** Cache-Control for a file of the build, by its URL path. */
function cacheControlFor(pathname: string): string {
  if (pathname.startsWith(`/${ASSETS_DIR}/`)) return IMMUTABLE;
  if (pathname === `/${INDEX_FILE}`) return NO_CACHE;
  return SHORT_CACHE;
}

/**
 * Adds Cache-Control and `Vary: Accept-Encoding` to 200 and 304 answers (outside the ETag
 * middleware, which drops both from a 304): NO_CACHE for an app page (`isPage`), else by
 * the file's path.
 */
export function cacheHeaders(isPage: (request: Request) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 304) return;
    c.res.headers.set('Cache-Control', isPage(c.req.raw) ? NO_CACHE : cacheControlFor(c.req.path));
    if (COMPRESSIBLE.test(c.res.headers.get('Content-Type') ?? 'text/')) c.res.headers.set('Vary', 'Accept-Encoding');
  };
}
