import { useMemo, useRef } from 'react';
import { downloadFile } from '@/lib/export/download-file';
import { makeQrImage } from '@/lib/make-qr';
import { qrFilename, qrSvgFile } from '@/lib/qr-code';
import { Dialog } from './dialog';
import { QrCodeSvg } from './qr-code-svg';

export interface QrCodeDialogProps {
  /** An http(s) URL: the caller checks it. */
  url: string;
  /** The link in words: the dialog is titled "QR code for {what}". */
  what: string;
  /** Names the downloaded file, `qr-{hint}.svg`, cut down to safe characters. */
  filenameHint: string;
  onClose: () => void;
}

function makeImage(url: string) {
  try {
    return makeQrImage(url);
  } catch {
    // The only failure is data beyond the largest QR code (about 2,300 bytes at level M).
    return null;
  }
}

/**
 * A native modal dialog, open while mounted: the browser traps the focus, closes it on
 * Escape and gives the focus back to the button that opened it.
 */
export function QrCodeDialog({ url, what, filenameHint, onClose }: QrCodeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const image = useMemo(() => makeImage(url), [url]);

  return (
    <Dialog
      open
      onClose={onClose}
      title={`QR code for ${what}`}
      widthClassName="w-[min(24rem,calc(100vw-2rem))]"
      dialogRef={ref}
    >
      {image ? (
        <QrCodeSvg
          image={image}
          label={`QR code for ${url}`}
          className="mx-auto mt-3 block aspect-square w-64 max-w-full"
        />
      ) : (
        <p role="alert" className="mt-3 text-sm">
          This link is too long to fit in a QR code.
        </p>
      )}
      <p className="mt-3 font-mono text-sm break-all whitespace-pre-wrap">{url}</p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        {image && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              downloadFile(qrFilename(filenameHint), qrSvgFile(image), 'image/svg+xml');
            }}
          >
            Download QR code
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            ref.current?.close();
          }}
        >
          Close
        </button>
      </div>
    </Dialog>
  );
}
