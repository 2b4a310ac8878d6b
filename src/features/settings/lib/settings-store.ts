import type { ApiCredentials } from '@/lib/api/client';
import { isRecord } from '@/lib/is-record';
import { readJson, readText, removeKey, writeJson, writeText } from '@/lib/storage';
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

type Listener = () => void;

function readCredentials(kind: StorageKind): ApiCredentials | null {
  const value = readJson(CREDENTIALS_KEY, kind);
  if (!isRecord(value)) return null;
  const pick = (key: string) => (typeof value[key] === 'string' ? value[key] : undefined);
  return {
    tracklyApiKey: pick('tracklyApiKey'),
    offerslookEmail: pick('offerslookEmail'),
    offerslookApiKey: pick('offerslookApiKey'),
  };
}

function read(): StoredSettings {
  const remembered = readCredentials('local');
  const session = readCredentials('session');
  return {
    baseUrl: readText(BASE_URL_KEY) || null,
    credentials: remembered ?? session ?? {},
    rememberCredentials: remembered !== null,
  };
}

function hasAny(credentials: ApiCredentials): boolean {
  return Boolean(credentials.tracklyApiKey || credentials.offerslookEmail || credentials.offerslookApiKey);
}

function sameCredentials(a: ApiCredentials, b: ApiCredentials): boolean {
  return (
    a.tracklyApiKey === b.tracklyApiKey && a.offerslookEmail === b.offerslookEmail && a.offerslookApiKey === b.offerslookApiKey
  );
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

let snapshot: StoredSettings | null = null;
const listeners = new Set<Listener>();

function emit() {
  snapshot = reread(snapshot);
  for (const listener of listeners) listener();
}

export const settingsStore = {
  getSnapshot: (): StoredSettings => {
    snapshot ??= read();
    return snapshot;
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === BASE_URL_KEY || event.key === CREDENTIALS_KEY) emit();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
  setBaseUrl: (url: string | null) => {
    if (url) writeText(BASE_URL_KEY, url);
    else removeKey(BASE_URL_KEY);
    emit();
  },
  setCredentials: (credentials: ApiCredentials, remember: boolean) => {
    removeKey(CREDENTIALS_KEY, 'local');
    removeKey(CREDENTIALS_KEY, 'session');
    if (hasAny(credentials)) writeJson(CREDENTIALS_KEY, credentials, remember ? 'local' : 'session');
    emit();
  },
  /** Tests and "sign out" start from nothing. */
  reset: () => {
    removeKey(BASE_URL_KEY);
    removeKey(CREDENTIALS_KEY, 'local');
    removeKey(CREDENTIALS_KEY, 'session');
    emit();
  },
};
