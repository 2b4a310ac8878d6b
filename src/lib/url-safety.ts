const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

function parseAbsolute(value: string): URL | null {
  // The WHATWG parser strips leading/trailing C0 controls and spaces and removes
  // tabs/newlines anywhere, exactly like a browser does before navigating, so
  // `  JaVa\tScRiPt:` is seen as `javascript:`. No base URL: relative input fails.
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
