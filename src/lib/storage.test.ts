import { readJson, readText, removeKey, storageSubscription, writeJson } from './storage';

describe('storage', () => {
  it('reads back what it wrote, per storage kind', () => {
    expect(writeJson('k', { a: 1 }, 'session')).toBe(true);
    expect(readJson('k', 'session')).toEqual({ a: 1 });
    expect(readJson('k', 'local')).toBeNull();
    removeKey('k', 'session');
    expect(readText('k', 'session')).toBeNull();
  });

  it('reads a value edited into invalid JSON as nothing saved', () => {
    window.localStorage.setItem('k', '{not json');
    expect(readJson('k')).toBeNull();
    expect(readText('k')).toBe('{not json');
  });

  it('reports a write the browser refuses (quota full) instead of throwing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeJson('k', [1, 2, 3])).toBe(false);
    expect(setItem).toHaveBeenCalled();
    expect(readJson('k')).toBeNull();
  });
});

describe('storageSubscription', () => {
  it('tells listeners about this tab’s writes and about other tabs’ writes to its key only', () => {
    const changes = storageSubscription('k');
    const heard: string[] = [];
    const unsubscribe = changes.subscribe(() => heard.push('change'));
    changes.notify();
    window.dispatchEvent(new StorageEvent('storage', { key: 'k', newValue: '1' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '1' }));
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(heard).toHaveLength(3);

    unsubscribe();
    changes.notify();
    window.dispatchEvent(new StorageEvent('storage', { key: 'k', newValue: '2' }));
    expect(heard).toHaveLength(3);
  });
});
