import { useId, useSyncExternalStore } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { shortcutSettings } from '../lib/shortcut-settings';

const SHORTCUTS: Array<[string, string]> = [
  ['j', 'Next offer in the list'],
  ['k', 'Previous offer in the list'],
  ['u', 'Back to the list'],
  ['?', 'Show this help'],
];

/**
 * A native modal dialog: focus is trapped and restored by the browser. It also turns
 * the single-key shortcuts off (WCAG 2.1.4), for those whose speech input or
 * stray key presses would trigger them; the choice is remembered on this device.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const enabled = useSyncExternalStore(shortcutSettings.subscribe, shortcutSettings.getSnapshot);
  const switchId = useId();
  const hintId = useId();

  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" widthClassName="w-[min(28rem,calc(100vw-2rem))]">
      <div className="mt-3 flex items-start gap-3">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          className="mt-0.5 size-4 accent-accent"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(event) => {
            shortcutSettings.setEnabled(event.target.checked);
          }}
        />
        <div>
          <label htmlFor={switchId} className="label">
            Single-key shortcuts
          </label>
          <p id={hintId} className="text-sm text-muted">
            {enabled ? 'On' : 'Off: the keys below do nothing; the buttons still work'}. Remembered on this device.
          </p>
        </div>
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Keyboard shortcuts on the offer page</caption>
        <tbody className={enabled ? undefined : 'text-muted'}>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys} className="border-t border-border first:border-0">
              <th scope="row" className="py-1.5 pr-3 text-left font-mono font-normal whitespace-nowrap">
                <kbd>{keys}</kbd>
              </th>
              <td className="py-1.5">{action}</td>
            </tr>
          ))}
          <tr className="border-t border-border">
            <th scope="row" className="py-1.5 pr-3 text-left font-mono font-normal whitespace-nowrap">
              <kbd>Esc</kbd>
            </th>
            <td className="py-1.5">Close this help (always on)</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="btn btn-primary">
          Close
        </button>
      </form>
    </Dialog>
  );
}
