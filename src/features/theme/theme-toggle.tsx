import { useId, useSyncExternalStore } from 'react';
import { themeStore } from './theme-store';
import type { ThemeChoice } from './theme-store';

const OPTIONS: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or follow the system; remembered on this device. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(themeStore.subscribe, themeStore.getSnapshot);
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Theme
      </label>
      <select
        id={id}
        className="rounded-md border border-border bg-surface px-2 py-1 text-sm text-fg"
        value={choice}
        onChange={(event) => {
          themeStore.set(event.target.value as ThemeChoice);
        }}
      >
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
