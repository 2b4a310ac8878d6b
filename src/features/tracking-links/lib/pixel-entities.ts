import { excerpt, fail } from './pixel-text';

const DECODED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
};
const DECODED_WITHOUT_SEMICOLON: ReadonlySet<string> = new Set(['amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT']);
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

function decodeNumericReference(code: number, raw: string): string {
  // Browsers remap or replace these instead of decoding them literally.
  const remapped =
    code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x80 && code <= 0x9f);
  if (remapped) fail(`uses an unusual character reference ${excerpt(raw)}`);
  return String.fromCodePoint(code);
}

/** An attribute value as a browser decodes it; entities we cannot decode for certain are unsafe. */
export function decodeAttributeValue(value: string): string {
  return value.replace(
    CHARACTER_REFERENCE,
    (
      raw: string,
      hex: string | undefined,
      decimal: string | undefined,
      name: string | undefined,
      semicolon: string | undefined,
      offset: number,
    ) => {
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
