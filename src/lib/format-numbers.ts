/** "1234567" → "1,234,567": en's grouping of an integer's digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A non-negative number with `min` to `max` decimals and grouped thousands, rounded half
 * away from zero on its shortest decimal form, as Intl.NumberFormat rounds ("1.005" to two
 * decimals is "1.01", where toFixed says "1.00"). Null when that form has an exponent
 * (below 1e-6 or from 1e21): the caller asks Intl.
 */
export function fixedDecimals(value: number, min: number, max: number): string | null {
  const text = String(value);
  if (/[^\d.]/.test(text)) return null;
  const [whole = '0', decimals = ''] = text.split('.');
  let digits = `${whole}${decimals.slice(0, max).padEnd(max, '0')}`;
  if ((decimals[max] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const integer = digits.slice(0, digits.length - max).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits
    .slice(digits.length - max)
    .replace(/0+$/, '')
    .padEnd(min, '0');
  return fraction === '' ? groupThousands(integer) : `${groupThousands(integer)}.${fraction}`;
}

/** An Intl formatter made on first use, for the rare values the hand-written formats leave to it. */
export function intlFallback<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A count as en-US writes it ("12,345"), without Intl for whole numbers: a count is on
 * many first renders (the list's total, its pager, the nav's flagged links), and a page's
 * first Intl object is the costly one. Anything else goes to Intl.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en-US');
  return `${value < 0 ? '-' : ''}${groupThousands(String(Math.abs(value)))}`;
}
