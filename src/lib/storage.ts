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
