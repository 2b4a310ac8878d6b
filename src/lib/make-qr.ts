import { create } from 'qrcode';
import { qrImage } from './qr-code';
import type { QrImage } from './qr-code';

/**
 * The QR code of `text` at error correction level M (15% of it may be damaged).
 * Throws when the text is too long for any QR code. Import it lazily: the library
 * is only needed once someone asks for a code.
 */
export function makeQrImage(text: string): QrImage {
  return qrImage(create(text, { errorCorrectionLevel: 'M' }).modules);
}
