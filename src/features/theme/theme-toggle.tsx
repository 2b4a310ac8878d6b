import { useSyncExternalStore } from 'react';
import { SelectField } from '@/components/ui/select-field';
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
  return (
    <SelectField
      label="Theme"
      className="flex items-center gap-2 text-sm"
      labelClassName="text-muted"
      selectClassName="rounded-md border border-border bg-surface px-2 py-1 text-sm text-fg"
      value={choice}
      options={OPTIONS}
      onChange={(value) => {
        themeStore.set(value as ThemeChoice);
      }}
    />
  );
}
