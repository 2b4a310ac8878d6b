import type { ApiCredentials } from '@/lib/api/client';

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

function safeStorage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function readCredentials(storage: Storage | null): ApiCredentials | null {
  const raw = storage?.getItem(CREDENTIALS_KEY);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const pick = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
    return {
      tracklyApiKey: pick('tracklyApiKey'),
      offerslookEmail: pick('offerslookEmail'),
      offerslookApiKey: pick('offerslookApiKey'),
    };
  } catch {
    return null;
  }
}

function read(): StoredSettings {
  const local = safeStorage('local');
  const remembered = readCredentials(local);
  const session = readCredentials(safeStorage('session'));
  return {
    baseUrl: local?.getItem(BASE_URL_KEY) ?? null,
    credentials: remembered ?? session ?? {},
    rememberCredentials: remembered !== null,
  };
}

function hasAny(credentials: ApiCredentials): boolean {
  return Boolean(credentials.tracklyApiKey || credentials.offerslookEmail || credentials.offerslookApiKey);
}

let snapshot: StoredSettings | null = null;
const listeners = new Set<Listener>();

function emit() {
  snapshot = read();
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
    const local = safeStorage('local');
    if (url) local?.setItem(BASE_URL_KEY, url);
    else local?.removeItem(BASE_URL_KEY);
    emit();
  },
  setCredentials: (credentials: ApiCredentials, remember: boolean) => {
    const local = safeStorage('local');
    const session = safeStorage('session');
    local?.removeItem(CREDENTIALS_KEY);
    session?.removeItem(CREDENTIALS_KEY);
    if (hasAny(credentials)) (remember ? local : session)?.setItem(CREDENTIALS_KEY, JSON.stringify(credentials));
    emit();
  },
  /** Tests and "sign out" start from nothing. */
  reset: () => {
    safeStorage('local')?.removeItem(BASE_URL_KEY);
    safeStorage('local')?.removeItem(CREDENTIALS_KEY);
    safeStorage('session')?.removeItem(CREDENTIALS_KEY);
    emit();
  },
};
