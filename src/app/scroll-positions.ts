import { isRecord } from '@/lib/is-record';
import { checkWith, storedValue } from '@/lib/stored-value';

const MAX_ENTRIES = 50;

/** Scroll positions by history entry key, for this tab. */
const stored = storedValue<Record<string, number>>({
  key: 'offers-dashboard.scroll',
  kind: 'session',
  schema: checkWith((input) =>
    isRecord(input) && Object.values(input).every((y) => typeof y === 'number')
      ? (input as Record<string, number>)
      : undefined,
  ),
  version: 1,
  fallback: {},
  // Version 1 holds the same object as the unversioned format before it.
  migrate: (data) => data,
});

export function readPositions(): Readonly<Record<string, number | undefined>> {
  return stored.get();
}

/** Keeps the newest MAX_ENTRIES positions. */
export function savePosition(key: string, y: number): void {
  const positions = new Map(Object.entries(stored.get()));
  positions.delete(key);
  positions.set(key, y);
  stored.set(Object.fromEntries([...positions].slice(-MAX_ENTRIES)));
}
