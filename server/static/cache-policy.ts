/** Hashed build output: the name changes whenever the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and config.json: always fetched fresh, so a deploy takes effect at once. */
export const NO_STORE = 'no-store';
/** Other public files (favicon.svg, theme.js): unhashed, so only briefly cached. */
export const SHORT_CACHE = 'public, max-age=3600';

export const ASSETS_DIR = 'assets';
export const INDEX_FILE = 'index.html';

/** Cache-Control for a file of the build, by its path segments under dist/. */
export function cacheControlFor(segments: readonly string[]): string {
  if (segments.length > 1 && segments[0] === ASSETS_DIR) return IMMUTABLE;
  if (segments.length === 1 && segments[0] === INDEX_FILE) return NO_STORE;
  return SHORT_CACHE;
}
