import { z } from 'zod/mini';
import type { ApiCredentials } from '@/lib/api/client';
import { batchWrites } from '@/lib/storage-events';
import { storedText, storedValue } from '@/lib/stored-value';
import type { StorageKind } from '@/lib/storage';

const BASE_URL_KEY = 'offers-dashboard.api-base-url';
const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';

export interface StoredSettings {
  /** A base URL chosen on the Settings page; null means "use the deploy default". */
  baseUrl: string | null;
  credentials: ApiCredentials;
  /** Credentials kept in localStorage (remember on this device) rather than the session. */
  rememberCredentials: boolean;
}

/** A field that is not a string is dropped, not the credentials. */
const optionalText = z.catch(z.optional(z.string()), undefined);
const credentialsSchema = z.nullable(
  z.object({ tracklyApiKey: optionalText, offerslookEmail: optionalText, offerslookApiKey: optionalText }),
);

/** Plain text, as saved before values were versioned. */
const baseUrl = storedText({ key: BASE_URL_KEY, kind: 'local', schema: z.string(), fallback: '' });

function credentialsIn(kind: StorageKind) {
  // Version 1 holds the same object as the unversioned format before it.
  return storedValue({
    key: CREDENTIALS_KEY,
    kind,
    schema: credentialsSchema,
    version: 1,
    fallback: null,
    migrate: (data) => data,
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
  return {
    baseUrl: baseUrl.get() || null,
    credentials: local ?? forSession.get() ?? {},
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
  setCredentials: (credentials: ApiCredentials, remember: boolean) => {
    batchWrites(() => {
      remembered.remove();
      forSession.remove();
      if (hasAny(credentials)) (remember ? remembered : forSession).set(credentials);
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
