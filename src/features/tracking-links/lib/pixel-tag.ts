import { decodeAttributeValue } from './pixel-entities';
import { excerpt, fail, isHtmlSpace, trimHtmlSpace } from './pixel-text';

export interface PixelAttribute {
  readonly name: string;
  readonly value: string;
}

const ATTRIBUTE_NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;

function describeMarkup(text: string, otherwise: string): string {
  if (text.startsWith('<!--')) return 'contains an HTML comment';
  if (text.startsWith('<!') || text.startsWith('<?')) return 'contains a <!…> or <?…> declaration';
  if (text.startsWith('</')) return 'contains a closing tag';
  return otherwise;
}

/** Reads the snippet as exactly one <img> tag, as a browser tokenizes it: its attributes in order. */
export function readImgTag(text: string): PixelAttribute[] {
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
  if (rest !== '')
    fail(rest.startsWith('<') ? describeMarkup(rest, 'contains more than one tag') : 'has text after the <img> tag');
  return attributes;
}
