import { kindOf } from './storage';
import type { StorageKind } from './storage';

type Listener = () => void;

/**
 * Who listens to which stored key. One `storage` event listener serves the whole app
 * (attached while anyone listens), and each change calls a listener once, even one
 * that listens to several keys (a store built on several values).
 */
const slots: Record<StorageKind, Map<string, Set<{ listener: Listener }>>> = { local: new Map(), session: new Map() };
let subscriptions = 0;
/** Listeners owed a call at the end of the current batch; null outside a batch. */
let pending: Set<Listener> | null = null;

function deliver(listeners: Iterable<Listener>) {
  if (pending !== null) {
    for (const listener of listeners) pending.add(listener);
    return;
  }
  // A Set, so a listener on several of the keys is called once.
  for (const listener of new Set(listeners)) listener();
}

function* listenersOf(kind: StorageKind, key: string | null): Generator<Listener> {
  const entries =
    key === null ? [...slots[kind].values()].flatMap((set) => [...set]) : [...(slots[kind].get(key) ?? [])];
  for (const entry of entries) yield entry.listener;
}

/** Another tab (or window) of this site changed a key, or cleared a storage (key null). */
function onStorage(event: StorageEvent) {
  const kind = kindOf(event.storageArea);
  const kinds: StorageKind[] = kind === null ? ['local', 'session'] : [kind];
  deliver(kinds.flatMap((each) => [...listenersOf(each, event.key)]));
}

/** Calls `listener` after this tab writes `key` (see notifyKey) and when another tab does. */
export function subscribeKey(kind: StorageKind, key: string, listener: Listener): () => void {
  // An entry per subscription: the same function subscribed twice is removed once per unsubscribe.
  const entry = { listener };
  let set = slots[kind].get(key);
  if (set === undefined) {
    set = new Set();
    slots[kind].set(key, set);
  }
  set.add(entry);
  if (subscriptions === 0) window.addEventListener('storage', onStorage);
  subscriptions += 1;
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    set.delete(entry);
    if (set.size === 0 && slots[kind].get(key) === set) slots[kind].delete(key);
    subscriptions -= 1;
    if (subscriptions === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Tells the key's listeners this tab changed it. */
export function notifyKey(kind: StorageKind, key: string): void {
  deliver(listenersOf(kind, key));
}

/**
 * Runs several writes as one change: each listener is called once, after all of them,
 * so nobody reads a half-done state (credentials removed here, not yet written there).
 */
export function batchWrites(writes: () => void): void {
  if (pending !== null) {
    writes();
    return;
  }
  const calls = new Set<Listener>();
  pending = calls;
  try {
    writes();
  } finally {
    pending = null;
    deliver(calls);
  }
}
