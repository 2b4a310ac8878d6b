import { describeUnsafeUrl, toSafeHttpUrl } from '@/lib/url-safety';

export interface LinkParam {
  readonly key: string;
  readonly value: string;
}

export interface LinkSegment {
  text: string;
  /** True for text we added or replaced, for highlighting. */
  added: boolean;
}

export interface BuildLinkOptions {
  /** Keep tokens like `{click_id}` or `{{click_id}}` literally instead of percent-encoding the braces. */
  readonly keepMacros?: boolean;
}

export interface BuildLinkResult {
  url: string;
  segments: LinkSegment[];
  error?: string;
}

// Split with a capture group: odd indexes of the result are the macros. A macro is
// `{name}` or `{{name}}` (trackers use both); the double form is tried first, so its
// outer braces are never encoded apart from the inner token.
const MACRO_SPLIT = /(\{\{[A-Za-z0-9_.-]+\}\}|\{[A-Za-z0-9_.-]+\})/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encode(text: string): string {
  // encodeURIComponent throws on a lone surrogate (e.g. half an emoji pasted in).
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

function encodeValue(value: string, keepMacros: boolean): string {
  if (!keepMacros) return encode(value);
  return value
    .split(MACRO_SPLIT)
    .map((part, index) => (index % 2 === 1 ? part : encode(part)))
    .join('');
}

/** How a server reads a query key: "+" is a space, then percent-decoding. */
function decodeQueryKey(raw: string): string {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * The same clean-up the WHATWG URL parser does before parsing: trim leading and
 * trailing C0 controls and spaces, drop tabs and newlines anywhere. The result
 * is the same URL, so string surgery on it cannot change what the link means.
 */
export function stripLikeUrlParser(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end -= 1;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** The parameters a build sets: empty keys and values skipped; for a repeated key the last value wins. */
export function collectParams(params: ReadonlyArray<LinkParam>): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const { key, value } of params) {
    if (key !== '' && value !== '') wanted.set(key, value);
  }
  return wanted;
}

class SegmentList {
  readonly segments: LinkSegment[] = [];

  push(text: string, added: boolean): void {
    if (text === '') return;
    const last = this.segments.at(-1);
    if (last?.added === added) last.text += text;
    else this.segments.push({ text, added });
  }

  toString(): string {
    return this.segments.map((segment) => segment.text).join('');
  }
}

/**
 * Adds or replaces query parameters on a tracking link by editing the query
 * text directly, so every byte we do not own (host, path, other parameters and
 * their encoding, fragment) is kept exactly as the network issued it.
 */
export function buildLink(
  original: string,
  params: ReadonlyArray<LinkParam>,
  options: BuildLinkOptions = {},
): BuildLinkResult {
  if (toSafeHttpUrl(original) === null) {
    return { url: original, segments: [{ text: original, added: false }], error: describeUnsafeUrl(original) };
  }
  const keepMacros = options.keepMacros ?? false;
  const link = stripLikeUrlParser(original);
  const wanted = collectParams(params);

  // In an http(s) URL the first "#" always starts the fragment, and the first
  // "?" before it always starts the query (neither can occur in the authority).
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : link.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');

  const out = new SegmentList();
  const pending = new Map(wanted);
  let queryText = '';
  const emit = (text: string, added: boolean): void => {
    queryText += text;
    out.push(text, added);
  };

  if (queryAt === -1) {
    out.push(beforeHash, false);
    if (pending.size > 0) out.push('?', true);
  } else {
    out.push(beforeHash.slice(0, queryAt + 1), false);
    let first = true;
    for (const piece of beforeHash.slice(queryAt + 1).split('&')) {
      const equalsAt = piece.indexOf('=');
      const rawKey = equalsAt === -1 ? piece : piece.slice(0, equalsAt);
      const key = decodeQueryKey(rawKey);
      const replacement = wanted.get(key);
      if (replacement !== undefined && !pending.has(key)) continue; // a later duplicate
      if (!first) emit('&', false);
      first = false;
      if (replacement === undefined) {
        emit(piece, false);
      } else {
        pending.delete(key);
        emit(`${rawKey}=${encodeValue(replacement, keepMacros)}`, true);
      }
    }
  }

  for (const [key, value] of pending) {
    if (queryText !== '' && !queryText.endsWith('&')) emit('&', true);
    emit(`${encode(key)}=${encodeValue(value, keepMacros)}`, true);
  }
  out.push(fragment, false);

  return { url: out.toString(), segments: out.segments };
}
