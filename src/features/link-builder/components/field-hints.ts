import { MAX_TEXT } from '../lib/builder-storage';
import { formatCount } from '@/lib/format-numbers';

/** The value the link already has for this key, shown as the field's placeholder. */
export function placeholderFor(current: ReadonlyMap<string, string>, key: string): string | undefined {
  const value = current.get(key);
  return value === undefined ? undefined : `now: ${value}`;
}

/**
 * Each field takes at most what is remembered on this device (longer values would be
 * dropped on reading back); a field that is full says so, as the browser cuts a paste.
 */
export function limitHint(value: string): string | null {
  return value.length < MAX_TEXT ? null : `At the limit of ${formatCount(MAX_TEXT)} characters.`;
}
