export interface SmsSegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Capacity of one segment at the resulting segment count. */
  perSegment: number;
  /** The distinct characters that forced UCS-2, in order of appearance. */
  nonGsmChars: string[];
}

// 3GPP TS 23.038 default alphabet, in table order; "\u001B" is the escape to
// the extension table (counted as one septet, as the table lists it).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Extension table: each is sent as escape + character, so two septets.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const GSM_SINGLE = 160;
const GSM_PART = 153;
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

/**
 * Parts needed when characters of the given sizes must not be split across
 * parts (a GSM escape pair, or a UTF-16 surrogate pair).
 */
function countParts(sizes: ReadonlyArray<number>, perPart: number): number {
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > perPart) {
      parts += 1;
      used = 0;
    }
    used += size;
  }
  return parts;
}

function gsmSize(char: string): number | null {
  if (GSM_BASIC.has(char)) return 1;
  if (GSM_EXTENSION.has(char)) return 2;
  return null;
}

export function countSmsSegments(text: string): SmsSegmentCount {
  const chars = Array.from(text); // code points, so surrogate pairs stay whole
  const nonGsm = new Set(chars.filter((char) => gsmSize(char) === null));

  const [sizes, single, part] =
    nonGsm.size === 0
      ? [chars.map((char) => gsmSize(char) ?? 1), GSM_SINGLE, GSM_PART]
      : [chars.map((char) => char.length), UCS2_SINGLE, UCS2_PART];
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const segments = units === 0 ? 0 : units <= single ? 1 : countParts(sizes, part);

  return {
    encoding: nonGsm.size === 0 ? 'GSM-7' : 'UCS-2',
    units,
    segments,
    perSegment: segments > 1 ? part : single,
    nonGsmChars: [...nonGsm],
  };
}
