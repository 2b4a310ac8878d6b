import { describeUnsafeUrl, toSafeHttpUrl } from '@/lib/url-safety';
import { readImgTag } from './pixel-tag';
import type { PixelAttribute } from './pixel-tag';
import { excerpt, fail, hasControlChars, trimHtmlSpace, UnsafePixelError } from './pixel-text';

export type PixelParseResult =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'image';
      readonly src: string;
      readonly width: number | null;
      readonly height: number | null;
      readonly attributes: ReadonlyArray<PixelAttribute>;
    }
  | { readonly kind: 'unsafe'; readonly reason: string };

/*
 * Parses an impression-pixel snippet without a DOM. The snippet is only ever
 * accepted when it is exactly one <img> tag, so what we report is what a browser
 * would load if a marketer pasted the snippet into a page. Anything we cannot
 * interpret with certainty is reported as unsafe rather than guessed at.
 *
 * Policy for attributes (an allowlist, so new tricks are rejected by default):
 * - on* event handlers, srcset, and anything not in ALLOWED_ATTRIBUTES: unsafe.
 *   srcset is rejected, not validated: a 1x1 pixel has no use for it, and it is
 *   a second list of URLs to load.
 * - style is kept only when it cannot fetch anything (no "(", so no url(),
 *   image-set() or expression(); no "\" escapes, "@", quotes or "/"). It is
 *   reported in `attributes` but a renderer must never apply it.
 * - duplicate attributes are ambiguous (browsers keep the first), so unsafe.
 */

const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'src',
  'alt',
  'title',
  'width',
  'height',
  'border',
  'align',
  'hspace',
  'vspace',
  'style',
  'id',
  'class',
  'name',
  'loading',
  'decoding',
  'referrerpolicy',
  'crossorigin',
  'fetchpriority',
]);
const INERT_STYLE = /^[A-Za-z0-9\s:;#.%,!-]*$/;
const DIMENSION = /^[0-9]+$/;

function checkAttribute(attribute: PixelAttribute, seen: ReadonlyMap<string, string>): void {
  const { name, value } = attribute;
  if (name.startsWith('on')) fail(`has an event handler attribute ${excerpt(name)}`);
  if (name === 'srcset') fail('has a srcset attribute, which can load other URLs');
  if (seen.has(name)) fail(`has more than one ${excerpt(name)} attribute`);
  if (name === 'style' && !INERT_STYLE.test(value)) fail('has a style attribute that could load other URLs');
  const allowed = ALLOWED_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('aria-');
  if (!allowed) fail(`has an unexpected attribute ${excerpt(name)}`);
}

function readSrc(value: string | undefined): string {
  if (value === undefined) fail('has no src attribute');
  const src = trimHtmlSpace(value);
  if (src === '') fail('has an empty src attribute');
  // The URL parser would silently drop these, hiding what the link really is.
  if (/[\t\n\f\r]/.test(src)) fail('has a line break or tab inside its src');
  if (toSafeHttpUrl(src) === null) fail(`has a src that is not allowed: ${describeUnsafeUrl(src)}`);
  return src;
}

function parseDimension(value: string | undefined): number | null {
  if (value === undefined || !DIMENSION.test(value)) return null;
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) ? parsed : null;
}

export function parsePixel(snippet: string): PixelParseResult {
  const text = trimHtmlSpace(snippet);
  if (text === '') return { kind: 'empty' };
  try {
    if (hasControlChars(text)) fail('contains invisible control characters');
    const attributes = readImgTag(text);
    const values = new Map<string, string>();
    for (const attribute of attributes) {
      checkAttribute(attribute, values);
      values.set(attribute.name, attribute.value);
    }
    return {
      kind: 'image',
      src: readSrc(values.get('src')),
      width: parseDimension(values.get('width')),
      height: parseDimension(values.get('height')),
      attributes,
    };
  } catch (error) {
    if (error instanceof UnsafePixelError) return { kind: 'unsafe', reason: error.message };
    throw error;
  }
}
