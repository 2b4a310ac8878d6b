/**
 * A QR code as numbers only: the matrix's dark modules become one SVG path, which the
 * page draws as React elements and the download writes into a file. No markup from a
 * library, and no byte of the URL, ever reaches the SVG.
 */

/** The part of a QR matrix we read (qrcode's BitMatrix fits it). */
export interface QrMatrix {
  readonly size: number;
  get: (row: number, col: number) => number | boolean;
}

export interface QrImage {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** Path data of the dark modules: `M`, `h`, `v`, `z`, digits and spaces. */
  readonly path: string;
}

/** The light margin scanners need around the code, in modules (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

const PATH_DATA = /^[Mhvz0-9 -]*$/;

/** Each horizontal run of dark modules becomes one rectangle: a short path for any size. */
export function qrImage(matrix: QrMatrix, quiet = QUIET_ZONE): QrImage {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.get(row, col)) col += 1;
      const run = col - start;
      parts.push(`M${start + quiet} ${row + quiet}h${run}v1h-${run}z`);
    }
  }
  return { size: matrix.size + 2 * quiet, path: parts.join('') };
}

/** Pixels per module in the downloaded file: big enough to print, still sharp. */
const FILE_SCALE = 8;

/** A standalone SVG file of the code, black on white, built from numbers alone. */
export function qrSvgFile({ size, path }: QrImage): string {
  if (!Number.isInteger(size) || size <= 0 || !PATH_DATA.test(path)) {
    throw new Error('Not QR path data');
  }
  const pixels = size * FILE_SCALE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges">` +
    `<path fill="#fff" d="M0 0h${size}v${size}h-${size}z"/>` +
    `<path fill="#000" d="${path}"/></svg>\n`
  );
}

/** `qr-<hint>.svg`, the hint cut down to letters, digits and dashes: safe on any disk. */
export function qrFilename(hint: string): string {
  const slug = hint
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `qr-${slug || 'link'}.svg`;
}
