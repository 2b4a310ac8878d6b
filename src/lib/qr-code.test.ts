import { makeQrImage } from './make-qr';
import { qrFilename, qrImage, qrSvgFile, QUIET_ZONE } from './qr-code';

/** A matrix from rows of `#` (dark) and `.` (light). */
function matrix(rows: string[]) {
  return { size: rows.length, get: (row: number, col: number) => rows[row]?.[col] === '#' };
}

describe('qrImage', () => {
  it('draws each run of dark modules as one rectangle, offset by the quiet zone', () => {
    const image = qrImage(matrix(['##.', '.#.', '###']), 1);
    expect(image.size).toBe(5);
    expect(image.path).toBe('M1 1h2v1h-2zM2 2h1v1h-1zM1 3h3v1h-3z');
  });

  it('keeps a four-module quiet zone by default and draws nothing for a light matrix', () => {
    expect(qrImage(matrix(['..', '..']))).toEqual({ size: 2 + 2 * QUIET_ZONE, path: '' });
  });
});

describe('makeQrImage', () => {
  it('encodes a URL as path data of numbers only, with the quiet zone', () => {
    const image = makeQrImage('https://track.example.com/click?offer_id=123&a=<b>');
    // A QR code is 17 + 4 × its version modules wide.
    expect((image.size - 2 * QUIET_ZONE - 17) % 4).toBe(0);
    expect(image.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(image.path).not.toContain('example');
  });

  it('is the same for the same text', () => {
    expect(makeQrImage('https://a.example/x')).toEqual(makeQrImage('https://a.example/x'));
  });

  it('throws for text longer than any QR code holds', () => {
    expect(() => makeQrImage(`https://a.example/${'x'.repeat(3_000)}`)).toThrow();
  });
});

describe('qrSvgFile', () => {
  it('is a standalone SVG file of the path, black on white', () => {
    const file = qrSvgFile({ size: 5, path: 'M1 1h2v1h-2z' });
    expect(file.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 5 5"')).toBe(true);
    expect(file).toContain('<path fill="#000" d="M1 1h2v1h-2z"/>');
    expect(new DOMParser().parseFromString(file, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('refuses anything but path data and a whole size', () => {
    expect(() => qrSvgFile({ size: 5, path: 'M1 1"/><script>' })).toThrow();
    expect(() => qrSvgFile({ size: 1.5, path: '' })).toThrow();
  });
});

describe('qrFilename', () => {
  it('keeps letters, digits and single dashes only', () => {
    expect(qrFilename('664f1a2b3c4d5e6f7a8b9c0d-main')).toBe('qr-664f1a2b3c4d5e6f7a8b9c0d-main.svg');
    expect(qrFilename('legacy offer 7?x=1&y=50%#top-landing:Offer URL “360”')).toBe(
      'qr-legacy-offer-7-x-1-y-50-top-landing-offer-url-360.svg',
    );
    expect(qrFilename('../../<>')).toBe('qr-link.svg');
  });
});
