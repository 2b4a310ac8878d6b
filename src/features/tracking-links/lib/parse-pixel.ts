import { describeUnsafeUrl, toSafeHttpUrl } from '@/lib/url-safety';

export interface PixelAttribute {
  readonly name: string;
  readonly value: string;
}

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
  'src', 'alt', 'title', 'width', 'height', 'border', 'align', 'hspace', 'vspace',
  'style', 'id', 'class', 'name', 'loading', 'decoding', 'referrerpolicy',
  'crossorigin', 'fetchpriority',
]);
const INERT_STYLE = /^[A-Za-z0-9\s:;#.%,!-]*$/;
const ATTRIBUTE_NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
const DIMENSION = /^[0-9]+$/;

const DECODED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>',
  quot: '"', QUOT: '"', apos: "'",
};
const DECODED_WITHOUT_SEMICOLON: ReadonlySet<string> = new Set([
  'amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT',
]);
// HTML's legacy entities that browsers decode even without a trailing ";".
const LEGACY_ENTITIES: ReadonlySet<string> = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave ' +
    'Euml GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml ' +
    'QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp ' +
    'aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave ' +
    'eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr ' +
    'micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para ' +
    'plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ' +
    'ugrave uml uuml yacute yen yuml'
  ).split(' '),
);
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9A-Fa-f]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g;

class UnsafePixelError extends Error {}

function fail(reason: string): never {
  throw new UnsafePixelError(reason);
}

// Control characters other than HTML whitespace (tab, LF, FF, CR).
function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !isHtmlSpace(text[i])) || code === 0x7f) return true;
  }
  return false;
}

function isHtmlSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';
}

function trimHtmlSpace(value: string): string {
  return value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function excerpt(value: string): string {
  return value.length > 20 ? `${value.slice(0, 20)}…` : value;
}

function decodeNumericReference(code: number, raw: string): string {
  // Browsers remap or replace these instead of decoding them literally.
  const remapped =
    code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x80 && code <= 0x9f);
  if (remapped) fail(`uses an unusual character reference ${excerpt(raw)}`);
  return String.fromCodePoint(code);
}

function decodeAttributeValue(value: string): string {
  return value.replace(
    CHARACTER_REFERENCE,
    (raw: string, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string | undefined, offset: number) => {
      if (hex !== undefined) return decodeNumericReference(Number.parseInt(hex, 16), raw);
      if (decimal !== undefined) return decodeNumericReference(Number.parseInt(decimal, 10), raw);
      if (name === undefined) return raw;
      if (semicolon === ';') {
        return DECODED_ENTITIES[name] ?? fail(`uses an HTML entity we do not decode: ${excerpt(raw)}`);
      }
      // In attribute values browsers leave "&name" alone when "=" follows it;
      // the regex already consumed any letters or digits that follow.
      if (value[offset + raw.length] === '=' || !LEGACY_ENTITIES.has(name)) return raw;
      if (DECODED_WITHOUT_SEMICOLON.has(name)) return DECODED_ENTITIES[name] ?? raw;
      return fail(`uses an HTML entity we do not decode: ${excerpt(raw)}`);
    },
  );
}

function describeMarkup(text: string, otherwise: string): string {
  if (text.startsWith('<!--')) return 'contains an HTML comment';
  if (text.startsWith('<!') || text.startsWith('<?')) return 'contains a <!…> or <?…> declaration';
  if (text.startsWith('</')) return 'contains a closing tag';
  return otherwise;
}

function readImgTag(text: string): PixelAttribute[] {
  if (!text.startsWith('<')) {
    fail(text.includes('<') ? 'has text before the tag' : 'is plain text, not an <img> tag');
  }
  const opening = /^<([A-Za-z][^\t\n\f\r />]*)/.exec(text);
  if (opening === null) fail(describeMarkup(text, 'does not start with a valid tag'));
  const tagName = (opening[1] ?? '').toLowerCase();
  if (tagName !== 'img') fail(`is a <${excerpt(tagName)}> tag; only a single <img> tag is allowed`);

  const attributes: PixelAttribute[] = [];
  let pos = opening[0].length;
  let separated = false;

  const skipSpace = (): boolean => {
    const start = pos;
    while (isHtmlSpace(text[pos])) pos += 1;
    return pos > start;
  };

  const readUntil = (stop: (ch: string) => boolean): string => {
    const start = pos;
    while (pos < text.length && !stop(text[pos] ?? '')) pos += 1;
    return text.slice(start, pos);
  };

  const readValue = (name: string): string => {
    const quote = text[pos];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, pos + 1);
      if (end === -1) fail(`has an unclosed quote in the ${name} attribute`);
      const value = text.slice(pos + 1, end);
      pos = end + 1;
      return value;
    }
    const value = readUntil((ch) => isHtmlSpace(ch) || ch === '>');
    if (value === '') fail(`has "=" but no value in the ${name} attribute`);
    // "=" is tolerated (query strings); these would make the value ambiguous.
    if (/["'<`]/.test(value)) fail(`has malformed quoting in the ${name} attribute`);
    return value;
  };

  for (;;) {
    if (skipSpace()) separated = true;
    const ch = text[pos];
    if (ch === undefined) fail('has an <img> tag that is not closed');
    if (ch === '>') {
      pos += 1;
      break;
    }
    if (ch === '/') {
      if (text[pos + 1] !== '>') fail('has a stray "/" inside the tag');
      pos += 2;
      break;
    }
    if (!separated) fail('has no space between attributes');

    const rawName = readUntil((c) => isHtmlSpace(c) || c === '/' || c === '>' || c === '=');
    if (rawName === '') fail('has an attribute with no name');
    if (!ATTRIBUTE_NAME.test(rawName)) fail(`has a malformed attribute name ${excerpt(rawName)}`);
    const name = rawName.toLowerCase();

    separated = skipSpace();
    let value = '';
    if (text[pos] === '=') {
      pos += 1;
      skipSpace();
      value = decodeAttributeValue(readValue(name));
      separated = false;
    }
    attributes.push({ name, value });
  }

  const rest = trimHtmlSpace(text.slice(pos));
  if (rest !== '') fail(rest.startsWith('<') ? describeMarkup(rest, 'contains more than one tag') : 'has text after the <img> tag');
  return attributes;
}

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
