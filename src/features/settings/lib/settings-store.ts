import type { ApiCredentials } from '@/lib/api/client';
import { isRecord } from '@/lib/is-record';
import { batchWrites } from '@/lib/storage-events';
import { checkWith, storedText, storedValue } from '@/lib/stored-value';
import type { StorageKind } from '@/lib/storage';

const BASE_URL_KEY = 'offers-dashboard.api-base-url';
const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';

export interface StoredSettings {
  /** A base URL chosen on the Settings page; null means "use the deploy default". */
  baseUrl: string | null;
  credentials: ApiCredentials;
  /**
   * The API base URL the credentials were saved for: they go to no other. Null when there
   * are none, or for keys saved before keys were bound (see bindUnboundCredentials).
   */
  credentialsApi: string | null;
  /** Credentials kept in localStorage (remember on this device) rather than the session. */
  rememberCredentials: boolean;
}

type Saved = { api: string | null; keys: ApiCredentials } | null;
const KEY_FIELDS = ['tracklyApiKey', 'offerslookEmail', 'offerslookApiKey'] as const;

/**
 * Saved keys and the API they are bound to, checked by hand: read at start-up, where valibot
 * would weigh on the entry. A field that is not a string is dropped, not the credentials.
 */
function readSaved(input: unknown): Saved | undefined {
  if (input === null) return null;
  if (!isRecord(input) || !isRecord(input.keys)) return undefined;
  const { api, keys } = input;
  if (api !== null && typeof api !== 'string') return undefined;
  const credentials: ApiCredentials = {};
  for (const field of KEY_FIELDS) {
    const value = keys[field];
    if (typeof value === 'string') credentials[field] = value;
  }
  return { api, keys: credentials };
}
const savedCheck = checkWith(readSaved);

/** Plain text, as saved before values were versioned. */
const baseUrl = storedText({
  key: BASE_URL_KEY,
  kind: 'local',
  schema: checkWith((input) => (typeof input === 'string' ? input : undefined)),
  fallback: '',
});

function credentialsIn(kind: StorageKind) {
  // Versions 0 and 1 hold the keys alone: they are bound to no API yet (api: null).
  return storedValue<Saved>({
    key: CREDENTIALS_KEY,
    kind,
    schema: savedCheck,
    version: 2,
    fallback: null,
    migrate: (data) => (data === null ? null : { api: null, keys: data }),
  });
}
const remembered = credentialsIn('local');
const forSession = credentialsIn('session');

function hasAny(credentials: ApiCredentials): boolean {
  return Boolean(credentials.tracklyApiKey || credentials.offerslookEmail || credentials.offerslookApiKey);
}

function sameCredentials(a: ApiCredentials, b: ApiCredentials): boolean {
  return (
    a.tracklyApiKey === b.tracklyApiKey &&
    a.offerslookEmail === b.offerslookEmail &&
    a.offerslookApiKey === b.offerslookApiKey
  );
}

function read(): StoredSettings {
  const local = remembered.get();
  const saved = local ?? forSession.get();
  return {
    baseUrl: baseUrl.get() || null,
    credentials: saved?.keys ?? {},
    credentialsApi: saved?.api ?? null,
    rememberCredentials: local !== null,
  };
}

/**
 * The settings just read, with the previous objects kept where nothing changed. The API
 * client is rebuilt (and every query reset) when `credentials` is a new object, so a
 * save or a storage event that changes nothing must not make one.
 */
function reread(previous: StoredSettings | null): StoredSettings {
  const next = read();
  if (previous === null) return next;
  const credentials = sameCredentials(previous.credentials, next.credentials) ? previous.credentials : next.credentials;
  const unchanged =
    credentials === previous.credentials &&
    next.baseUrl === previous.baseUrl &&
    next.credentialsApi === previous.credentialsApi &&
    next.rememberCredentials === previous.rememberCredentials;
  return unchanged ? previous : { ...next, credentials };
}

/** The snapshot, and the stored values it was made from: made again only when one changes. */
let last: { parts: readonly unknown[]; snapshot: StoredSettings } | null = null;

export const settingsStore = {
  getSnapshot: (): StoredSettings => {
    const parts = [baseUrl.get(), remembered.get(), forSession.get()];
    if (last === null || parts.some((part, index) => part !== last?.parts[index])) {
      last = { parts, snapshot: reread(last?.snapshot ?? null) };
    }
    return last.snapshot;
  },
  /** One call per save here, and per change in another tab (a clear drops the keys too). */
  subscribe: (listener: () => void): (() => void) => {
    const unsubscribes = [baseUrl, remembered, forSession].map((value) => value.subscribe(listener));
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  },
  setBaseUrl: (url: string | null) => {
    if (url) baseUrl.set(url);
    else baseUrl.remove();
  },
  /** Keeps the credentials for the API at `api` (a base URL) alone. */
  setCredentials: (credentials: ApiCredentials, remember: boolean, api: string) => {
    batchWrites(() => {
      remembered.remove();
      forSession.remove();
      if (hasAny(credentials)) (remember ? remembered : forSession).set({ api, keys: credentials });
    });
  },
  /**
   * Keys saved before keys were bound are bound, the first time they are read, to the API
   * then in use (the one chosen in Settings, else the deploy default): to the API they were
   * most likely entered for, and never to one chosen after.
   */
  bindUnboundCredentials: (api: string) => {
    batchWrites(() => {
      for (const value of [remembered, forSession]) {
        const saved = value.get();
        if (saved !== null && saved.api === null) value.set({ api, keys: saved.keys });
      }
    });
  },
  forgetCredentials: () => {
    batchWrites(() => {
      remembered.remove();
      forSession.remove();
    });
  },
  /** Tests and "sign out" start from nothing. */
  reset: () => {
    batchWrites(() => {
      baseUrl.remove();
      remembered.remove();
      forSession.remove();
    });
  },
};
