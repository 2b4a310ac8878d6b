import { useEffect, useRef } from 'react';

const SHORTCUTS: Array<[string, string]> = [
  ['j or →', 'Next offer in the list'],
  ['k or ←', 'Previous offer in the list'],
  ['u', 'Back to the list'],
  ['?', 'Show this help'],
  ['Esc', 'Close this help'],
];

/** A native modal dialog: focus is trapped and restored by the browser. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-5 text-fg shadow-xl backdrop:bg-black/50"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Keyboard shortcuts on the offer page</caption>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys} className="border-t border-border first:border-0">
              <th scope="row" className="py-1.5 pr-3 text-left font-mono font-normal whitespace-nowrap">
                {keys}
              </th>
              <td className="py-1.5">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="btn btn-primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
