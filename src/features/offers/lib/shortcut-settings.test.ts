import { shortcutSettings } from './shortcut-settings';

const KEY = 'offers-dashboard.shortcuts';

describe('shortcutSettings', () => {
  it('is on unless turned off, and reads a choice saved before values were versioned', () => {
    expect(shortcutSettings.getSnapshot()).toBe(true);
    localStorage.setItem(KEY, JSON.stringify({ enabled: false }));
    expect(shortcutSettings.getSnapshot()).toBe(false);
    localStorage.setItem(KEY, JSON.stringify({ enabled: 'no' }));
    expect(shortcutSettings.getSnapshot()).toBe(true);
  });

  it('remembers a choice and tells listeners once', () => {
    const listener = vi.fn();
    const unsubscribe = shortcutSettings.subscribe(listener);
    shortcutSettings.setEnabled(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(shortcutSettings.getSnapshot()).toBe(false);
    unsubscribe();
  });

  it('follows another tab clearing its storage', () => {
    shortcutSettings.setEnabled(false);
    const listener = vi.fn();
    const unsubscribe = shortcutSettings.subscribe(listener);
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(shortcutSettings.getSnapshot()).toBe(true);
    unsubscribe();
  });
});
