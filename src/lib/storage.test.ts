import { kindOf, readText, removeKey, writeText } from './storage';

describe('storage', () => {
  it('reads back what it wrote, per storage kind', () => {
    expect(writeText('k', 'a', 'session')).toBe(true);
    expect(readText('k', 'session')).toBe('a');
    expect(readText('k', 'local')).toBeNull();
    removeKey('k', 'session');
    expect(readText('k', 'session')).toBeNull();
  });

  it('reports a write the browser refuses (quota full) instead of throwing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeText('k', '[1,2,3]', 'local')).toBe(false);
    expect(setItem).toHaveBeenCalled();
    expect(readText('k', 'local')).toBeNull();
  });

  it('tells which storage an event is about', () => {
    expect(kindOf(window.localStorage)).toBe('local');
    expect(kindOf(window.sessionStorage)).toBe('session');
    expect(kindOf(null)).toBeNull();
  });
});
