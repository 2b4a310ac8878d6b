import { readOpen, writeOpen } from './builder-open';

const KEY = 'offers-dashboard.link-builder-open';

describe('builder open state', () => {
  it('is closed unless opened, and forgets the choice when closed', () => {
    expect(readOpen()).toBe(false);
    writeOpen(true);
    expect(readOpen()).toBe(true);
    writeOpen(false);
    expect(readOpen()).toBe(false);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('reads the open state saved before values were versioned', () => {
    localStorage.setItem(KEY, '1');
    expect(readOpen()).toBe(true);
    localStorage.setItem(KEY, 'yes');
    expect(readOpen()).toBe(false);
  });
});
