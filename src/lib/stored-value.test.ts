import * as v from 'valibot';
import { batchWrites } from './storage-events';
import { storedText, storedValue } from './stored-value';

const KEY = 'test.value';
const schema = v.object({ count: v.number() });

function counter(migrate?: (data: unknown, from: number) => unknown) {
  return storedValue({
    key: KEY,
    kind: 'local',
    schema,
    version: 2,
    fallback: { count: 0 },
    ...(migrate ? { migrate } : {}),
  });
}

function otherTab(key: string | null, area: Storage, value?: string) {
  if (key === null) area.clear();
  else if (value !== undefined) area.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value ?? null, storageArea: area }));
}

describe('storedValue: reading', () => {
  it('reads back what it wrote, in a versioned envelope, per storage kind', () => {
    const local = counter();
    const session = storedValue({ key: KEY, kind: 'session', schema, version: 2, fallback: { count: 0 } });
    expect(local.set({ count: 3 })).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ v: 2, data: { count: 3 } });
    expect(local.get()).toEqual({ count: 3 });
    expect(session.get()).toEqual({ count: 0 });
    local.remove();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(local.get()).toEqual({ count: 0 });
  });

  it.each([
    ['bad JSON', '{"v":'],
    ['data the schema refuses', JSON.stringify({ v: 2, data: { count: 'three' } })],
    ['a newer version', JSON.stringify({ v: 3, data: { count: 3 } })],
    ['an older version without a migration', JSON.stringify({ v: 1, data: { count: 3 } })],
    ['the unversioned format without a migration', JSON.stringify({ count: 3 })],
  ])('reads %s as the fallback', (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(counter().get()).toEqual({ count: 0 });
  });

  it('migrates older versions and the unversioned format, then validates the result', () => {
    const migrate = vi.fn((data: unknown, from: number) => (from === 1 ? { count: Number(data) } : data));
    const value = counter(migrate);
    localStorage.setItem(KEY, JSON.stringify({ v: 1, data: '7' }));
    expect(value.get()).toEqual({ count: 7 });
    localStorage.setItem(KEY, JSON.stringify({ count: 5 }));
    expect(value.get()).toEqual({ count: 5 });
    expect(migrate).toHaveBeenLastCalledWith({ count: 5 }, 0);
    localStorage.setItem(KEY, JSON.stringify({ count: 'x' }));
    expect(value.get()).toEqual({ count: 0 });
  });

  it('keeps the snapshot’s identity until the stored text changes', () => {
    const value = counter();
    value.set({ count: 1 });
    const first = value.get();
    expect(value.get()).toBe(first);
    localStorage.setItem(KEY, JSON.stringify({ v: 2, data: { count: 2 } }));
    expect(value.get()).not.toBe(first);
    expect(value.get()).toEqual({ count: 2 });
  });
});

describe('storedValue: blocked or full storage', () => {
  it('reports a refused write, keeps the value for this page, and drops it once a write succeeds', () => {
    const value = counter();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(value.set({ count: 4 })).toBe(false);
    expect(setItem).toHaveBeenCalled();
    expect(value.get()).toEqual({ count: 4 });
    setItem.mockRestore();
    expect(value.set({ count: 5 })).toBe(true);
    expect(value.get()).toEqual({ count: 5 });
  });

  it('reads the fallback when storage cannot be reached at all', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const value = counter();
    expect(value.get()).toEqual({ count: 0 });
    expect(value.set({ count: 1 })).toBe(false);
    expect(() => {
      value.remove();
    }).not.toThrow();
    blocked.mockRestore();
  });
});

describe('storedValue: listeners', () => {
  it('calls each listener once per write in this tab', () => {
    const value = counter();
    const listener = vi.fn();
    const unsubscribe = value.subscribe(listener);
    value.set({ count: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    value.remove();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    value.set({ count: 2 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('follows another tab’s write to its key only, and a clear of its storage', () => {
    const value = counter();
    const listener = vi.fn();
    const unsubscribe = value.subscribe(listener);
    otherTab(KEY, localStorage, JSON.stringify({ v: 2, data: { count: 9 } }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(value.get()).toEqual({ count: 9 });

    otherTab('other.key', localStorage, '1');
    otherTab(KEY, sessionStorage, '1');
    expect(listener).toHaveBeenCalledTimes(1);

    otherTab(null, localStorage);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(value.get()).toEqual({ count: 0 });
    unsubscribe();
  });

  it('calls a listener of several keys once per batch of writes, and once per clear', () => {
    const a = storedText({ key: 'test.a', kind: 'local', schema: v.string(), fallback: '' });
    const b = storedText({ key: 'test.b', kind: 'local', schema: v.string(), fallback: '' });
    const listener = vi.fn(() => {
      // Never a half-done state: both writes are in when anyone hears of them.
      expect([a.get(), b.get()]).toEqual(['1', '2']);
    });
    const unsubscribes = [a.subscribe(listener), b.subscribe(listener)];
    batchWrites(() => {
      a.set('1');
      b.set('2');
    });
    expect(listener).toHaveBeenCalledTimes(1);

    listener.mockImplementation(() => undefined);
    otherTab(null, localStorage);
    expect(listener).toHaveBeenCalledTimes(2);
    for (const unsubscribe of unsubscribes) unsubscribe();
  });

  it('attaches one storage event listener for the whole app, only while someone listens', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const other = storedText({ key: 'x', kind: 'session', schema: v.string(), fallback: '' });
    const unsubscribes = [counter().subscribe(vi.fn()), counter().subscribe(vi.fn()), other.subscribe(vi.fn())];
    expect(add.mock.calls.filter(([type]) => type === 'storage')).toHaveLength(1);
    for (const unsubscribe of unsubscribes) unsubscribe();
    expect(remove.mock.calls.filter(([type]) => type === 'storage')).toHaveLength(1);
  });
});

describe('storedText', () => {
  it('keeps a string as its plain text and reads only what the schema accepts', () => {
    const theme = storedText({
      key: KEY,
      kind: 'local',
      schema: v.picklist(['light', 'dark', 'system']),
      fallback: 'system',
    });
    theme.set('dark');
    expect(localStorage.getItem(KEY)).toBe('dark');
    localStorage.setItem(KEY, 'light');
    expect(theme.get()).toBe('light');
    localStorage.setItem(KEY, 'purple');
    expect(theme.get()).toBe('system');
  });
});
