const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

function parseAbsolute(value: string): URL | null {
  // The WHATWG parser strips leading/trailing C0 controls and spaces and removes
  // tabs/newlines anywhere, exactly like a browser does before navigating, so
  // `  JaVa\tScRiPt:` is seen as `javascript:`. No base URL: relative input fails.
  // A failed parse throws, and thousands of throws (a page of metadata values) cost
  // a long task: text without a colon has no scheme and cannot parse, so it is skipped.
  if (!value.includes(':') || (typeof URL.canParse === 'function' && !URL.canParse(value))) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Returns the parsed URL only when it is an absolute http: or https: URL. */
export function toSafeHttpUrl(value: string): URL | null {
  const url = parseAbsolute(value);
  return url !== null && SAFE_PROTOCOLS.has(url.protocol) ? url : null;
}

export function isSafeHttpUrl(value: string): boolean {
  return toSafeHttpUrl(value) !== null;
}

/**
 * A short, human reason why `value` is not a safe http(s) link.
 * Returns an empty string when the value is safe.
 */
export function describeUnsafeUrl(value: string): string {
  if (value.trim() === '') return 'the link is empty';
  const url = parseAbsolute(value);
  if (url === null) return 'not an absolute http(s) URL';
  if (SAFE_PROTOCOLS.has(url.protocol)) return '';
  // The parser guarantees a scheme is ASCII letters, digits, "+", "-" and ".".
  return `${url.protocol} links are blocked`;
}

/** Schemes that run code or read local data when followed, whatever the context. */
const DANGEROUS_PROTOCOLS: ReadonlySet<string> = new Set(['javascript:', 'vbscript:', 'data:', 'file:', 'blob:']);

/**
 * Whether free text is a link that must not be followed: a dangerous scheme, or any
 * other non-http(s) `scheme://…`. Plain prose such as "Time: 10:00" is not a link.
 */
export function isUnsafeLink(value: string): boolean {
  const url = parseAbsolute(value);
  if (url === null || SAFE_PROTOCOLS.has(url.protocol)) return false;
  return DANGEROUS_PROTOCOLS.has(url.protocol) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
}
