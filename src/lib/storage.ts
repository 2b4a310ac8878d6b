/**
 * Web Storage that never throws: blocked storage (privacy modes), a full quota or a
 * value someone edited by hand all read as "nothing saved", and failed writes are
 * reported, not thrown. What comes back is `unknown`: callers validate it.
 */
export type StorageKind = 'local' | 'session';

function storage(kind: StorageKind): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Which of this window's storages an event's area is; null when it cannot be told. */
export function kindOf(area: Storage | null): StorageKind | null {
  if (area === null) return null;
  if (area === storage('local')) return 'local';
  if (area === storage('session')) return 'session';
  return null;
}

export function readText(key: string, kind: StorageKind = 'local'): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function readJson(key: string, kind: StorageKind = 'local'): unknown {
  const raw = readText(key, kind);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be kept (storage blocked or full). */
export function writeText(key: string, value: string, kind: StorageKind = 'local'): boolean {
  try {
    const target = storage(kind);
    if (target === null) return false;
    target.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function writeJson(key: string, value: unknown, kind: StorageKind = 'local'): boolean {
  return writeText(key, JSON.stringify(value), kind);
}

export function removeKey(key: string, kind: StorageKind = 'local'): void {
  try {
    storage(kind)?.removeItem(key);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
}

export interface StorageSubscription {
  /** For useSyncExternalStore: called after this tab writes and when another tab does. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Tell the listeners this tab changed the value. */
  readonly notify: () => void;
}

/**
 * Listeners for a value kept under `key`: this tab notifies after it writes, and another
 * tab's write (the `storage` event, or a clear: key null) notifies too. The event
 * listener is attached only while someone listens.
 */
export function storageSubscription(key: string): StorageSubscription {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };
  return {
    notify,
    subscribe: (listener) => {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
