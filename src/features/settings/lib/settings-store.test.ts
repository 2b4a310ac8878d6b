import { settingsStore } from './settings-store';

const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';
const API = 'https://api.example.com';

beforeEach(() => {
  settingsStore.reset();
});

/**
 * ApiProvider builds a new API client, and resets every query, when `credentials` is a
 * new object: the store hands out a new one only when the values changed.
 */
describe('settingsStore: what a re-read keeps', () => {
  it('keeps the same snapshot when a save changes nothing', () => {
    settingsStore.setBaseUrl('https://api.example.com');
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    const before = settingsStore.getSnapshot();

    settingsStore.setBaseUrl('https://api.example.com');
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);

    expect(settingsStore.getSnapshot()).toBe(before);
  });

  it('keeps the credentials object when only where they are kept changes', () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    const before = settingsStore.getSnapshot();

    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, false, API);

    const after = settingsStore.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.rememberCredentials).toBe(false);
    expect(after.credentials).toBe(before.credentials);
  });

  it('keeps the credentials object when only the base URL changes', () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, false, API);
    const before = settingsStore.getSnapshot();

    settingsStore.setBaseUrl('https://other.example.com');

    const after = settingsStore.getSnapshot();
    expect(after.baseUrl).toBe('https://other.example.com');
    expect(after.credentials).toBe(before.credentials);
  });

  it('gives new credentials when any of them changes', () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A', offerslookEmail: 'me@example.com' }, false, API);
    const before = settingsStore.getSnapshot();

    settingsStore.setCredentials(
      { tracklyApiKey: 'key-A', offerslookEmail: 'me@example.com', offerslookApiKey: 'ol' },
      false,
      API,
    );

    const after = settingsStore.getSnapshot();
    expect(after.credentials).not.toBe(before.credentials);
    expect(after.credentials).toEqual({
      tracklyApiKey: 'key-A',
      offerslookEmail: 'me@example.com',
      offerslookApiKey: 'ol',
    });
  });

  it('keeps the snapshot when another tab writes the same values, and takes a real change', () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    const listener = vi.fn();
    const unsubscribe = settingsStore.subscribe(listener);
    const before = settingsStore.getSnapshot();

    const otherTab = (value: string) => {
      localStorage.setItem(CREDENTIALS_KEY, value);
      window.dispatchEvent(
        new StorageEvent('storage', { key: CREDENTIALS_KEY, newValue: value, storageArea: localStorage }),
      );
    };
    const saved = (key: string) => JSON.stringify({ v: 2, data: { api: API, keys: { tracklyApiKey: key } } });
    otherTab(saved('key-A'));
    expect(settingsStore.getSnapshot()).toBe(before);

    otherTab(saved('key-B'));
    expect(settingsStore.getSnapshot().credentials).toEqual({ tracklyApiKey: 'key-B' });
    expect(settingsStore.getSnapshot().credentials).not.toBe(before.credentials);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });
});

describe('settingsStore: storage', () => {
  it('reads settings saved before values were versioned', () => {
    localStorage.setItem('offers-dashboard.api-base-url', 'https://api.example.com');
    sessionStorage.setItem(CREDENTIALS_KEY, JSON.stringify({ tracklyApiKey: 'key-A', offerslookEmail: 7 }));
    expect(settingsStore.getSnapshot()).toEqual({
      baseUrl: 'https://api.example.com',
      credentials: { tracklyApiKey: 'key-A' },
      credentialsApi: null,
      rememberCredentials: false,
    });

    localStorage.setItem(
      CREDENTIALS_KEY,
      JSON.stringify({ offerslookEmail: 'me@example.com', offerslookApiKey: 'ol' }),
    );
    expect(settingsStore.getSnapshot()).toEqual({
      baseUrl: 'https://api.example.com',
      credentials: { offerslookEmail: 'me@example.com', offerslookApiKey: 'ol' },
      credentialsApi: null,
      rememberCredentials: true,
    });
  });

  it('tells each listener once per save, and once per change in another tab, however many listen', () => {
    const listeners = [vi.fn(), vi.fn(), vi.fn()];
    const unsubscribes = listeners.map((listener) => settingsStore.subscribe(listener));

    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    settingsStore.setBaseUrl('https://api.example.com');
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(2);

    const value = JSON.stringify({ tracklyApiKey: 'key-B' });
    localStorage.setItem(CREDENTIALS_KEY, value);
    window.dispatchEvent(
      new StorageEvent('storage', { key: CREDENTIALS_KEY, newValue: value, storageArea: localStorage }),
    );
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(3);

    for (const unsubscribe of unsubscribes) unsubscribe();
  });

  it('drops the URL and remembered credentials when another tab clears its storage', () => {
    settingsStore.setBaseUrl('https://api.example.com');
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    const listener = vi.fn();
    const unsubscribe = settingsStore.subscribe(listener);

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(settingsStore.getSnapshot()).toEqual({
      baseUrl: null,
      credentials: {},
      credentialsApi: null,
      rememberCredentials: false,
    });
    unsubscribe();
  });
});

describe('settingsStore: keys bound to their API', () => {
  const stored = (kind: Storage) => JSON.parse(kind.getItem(CREDENTIALS_KEY) ?? 'null') as unknown;

  it('keeps with the keys the API they were saved for', () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    expect(settingsStore.getSnapshot().credentialsApi).toBe(API);
    expect(stored(localStorage)).toEqual({ v: 2, data: { api: API, keys: { tracklyApiKey: 'key-A' } } });
  });

  it.each([
    ['unversioned', JSON.stringify({ tracklyApiKey: 'key-A' })],
    ['version 1', JSON.stringify({ v: 1, data: { tracklyApiKey: 'key-A' } })],
  ])('reads keys saved before the binding (%s) as bound to no API yet', (_case, raw) => {
    sessionStorage.setItem(CREDENTIALS_KEY, raw);
    expect(settingsStore.getSnapshot()).toMatchObject({
      credentials: { tracklyApiKey: 'key-A' },
      credentialsApi: null,
    });
  });

  it('binds keys saved before the binding to the API given, once, keeping the credentials object', () => {
    localStorage.setItem(CREDENTIALS_KEY, JSON.stringify({ v: 1, data: { tracklyApiKey: 'key-A' } }));
    const before = settingsStore.getSnapshot();

    settingsStore.bindUnboundCredentials(API);
    const after = settingsStore.getSnapshot();
    expect(after.credentialsApi).toBe(API);
    expect(after.credentials).toBe(before.credentials);
    expect(after.rememberCredentials).toBe(true);
    expect(stored(localStorage)).toEqual({ v: 2, data: { api: API, keys: { tracklyApiKey: 'key-A' } } });

    // Bound keys keep their API: a later API in use does not take them over.
    settingsStore.bindUnboundCredentials('https://other.example.com');
    expect(settingsStore.getSnapshot().credentialsApi).toBe(API);
  });

  it('forgets the keys wherever they are kept, and keeps the base URL', () => {
    settingsStore.setBaseUrl(API);
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, API);
    settingsStore.forgetCredentials();
    expect(settingsStore.getSnapshot()).toEqual({
      baseUrl: API,
      credentials: {},
      credentialsApi: null,
      rememberCredentials: false,
    });
    expect(localStorage.getItem(CREDENTIALS_KEY)).toBeNull();
    expect(sessionStorage.getItem(CREDENTIALS_KEY)).toBeNull();
  });
});
