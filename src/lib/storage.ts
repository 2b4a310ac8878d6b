/**
 * Web Storage that never throws: blocked storage (privacy modes) reads as "nothing
 * saved", and failed writes (blocked, or a full quota) are reported, not thrown. App
 * code keeps values through stored-value.ts, which validates what comes back.
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

export function readText(key: string, kind: StorageKind): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be kept (storage blocked or full). */
export function writeText(key: string, value: string, kind: StorageKind): boolean {
  try {
    const target = storage(kind);
    if (target === null) return false;
    target.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string, kind: StorageKind): void {
  try {
    storage(kind)?.removeItem(key);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
}
