import { useState } from 'react';
import { cn } from '@/lib/cn';
import { lazyComponent } from '@/lib/lazy-component';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { ErrorBoundary } from './error-boundary';
import { QrIcon } from './icons';

// The dialog and the QR library are a chunk of their own, fetched on first open (or
// when the button is hovered or focused): no page pays for them up front.
const QrCodeDialog = lazyComponent(
  () => import('./qr-code-dialog').then((module) => module.QrCodeDialog),
  <span role="status" className="sr-only">
    Making the QR code…
  </span>,
);

interface QrCodeButtonProps {
  /** The link to encode. Anything but an http(s) URL gets no button. */
  url: string;
  /** The link in words: the button is named "Show QR code for {what}". */
  what: string;
  /** Names the downloaded file, `qr-{hint}.svg`, e.g. the offer id and which link. */
  filenameHint: string;
  className?: string;
}

/** A compact button that shows a link as a QR code, made in the browser, with a download. */
export function QrCodeButton({ url, what, filenameHint, className }: QrCodeButtonProps) {
  const [open, setOpen] = useState(false);
  // Each click is a new attempt: a dialog whose code failed to load is tried again.
  const [attempt, setAttempt] = useState(0);
  if (!isSafeHttpUrl(url)) return null;
  const preload = () => void QrCodeDialog.preload();
  return (
    <>
      <button
        type="button"
        className={cn('btn', className)}
        aria-label={`Show QR code for ${what}`}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpen(true);
          setAttempt((count) => count + 1);
        }}
      >
        <QrIcon />
        <span aria-hidden="true">QR code</span>
      </button>
      {open && (
        <ErrorBoundary
          resetKey={attempt}
          fallback={() => (
            <p role="alert" className="text-sm">
              The QR code could not be loaded. Check your connection and try again.
            </p>
          )}
        >
          <QrCodeDialog.Component
            url={url}
            what={what}
            filenameHint={filenameHint}
            onClose={() => {
              setOpen(false);
            }}
          />
        </ErrorBoundary>
      )}
    </>
  );
}
