import * as v from 'valibot';
import { storedValue } from '@/lib/stored-value';

/** Whether the link builder is shown, remembered on this device. */
const stored = storedValue({
  key: 'offers-dashboard.link-builder-open',
  kind: 'local',
  schema: v.boolean(),
  version: 1,
  fallback: false,
  // Before values were versioned, "open" was the text 1 (read as JSON: the number 1).
  migrate: (data) => data === 1,
});

export function readOpen(): boolean {
  return stored.get();
}

export function writeOpen(open: boolean): void {
  if (open) stored.set(true);
  else stored.remove();
}
