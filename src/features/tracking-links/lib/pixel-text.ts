/** Errors and HTML text rules shared by the pixel snippet's reader and its verdict. */

export class UnsafePixelError extends Error {}

export function fail(reason: string): never {
  throw new UnsafePixelError(reason);
}

// Control characters other than HTML whitespace (tab, LF, FF, CR).
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !isHtmlSpace(text[i])) || code === 0x7f) return true;
  }
  return false;
}

export function isHtmlSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';
}

export function trimHtmlSpace(value: string): string {
  return value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

export function excerpt(value: string): string {
  return value.length > 20 ? `${value.slice(0, 20)}…` : value;
}
