import { useEffect, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { cn } from '@/lib/cn';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The width, e.g. `w-[min(24rem,calc(100vw-2rem))]`. */
  widthClassName: string;
  /** For a caller that closes it from inside (a Close button). */
  dialogRef?: RefObject<HTMLDialogElement | null>;
  children: ReactNode;
}

/**
 * A native modal dialog titled by its heading: the browser traps the focus, closes it on
 * Escape and gives the focus back to the element that opened it.
 */
export function Dialog({ open, onClose, title, widthClassName, dialogRef, children }: DialogProps) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open, ref]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={cn(
        'm-auto rounded-lg border border-border bg-surface p-5 text-fg shadow-xl backdrop:bg-black/50',
        widthClassName,
      )}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
