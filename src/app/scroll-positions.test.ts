import { readPositions, savePosition } from './scroll-positions';

const KEY = 'offers-dashboard.scroll';

describe('scroll positions', () => {
  it('keeps a position per history entry, for the newest 50 entries', () => {
    for (let n = 0; n < 52; n += 1) savePosition(`entry-${String(n)}`, n * 10);
    savePosition('entry-2', 5);
    expect(readPositions()['entry-0']).toBeUndefined();
    expect(readPositions()['entry-1']).toBeUndefined();
    expect(readPositions()['entry-2']).toBe(5);
    expect(readPositions()['entry-3']).toBe(30);
    expect(readPositions()['entry-51']).toBe(510);
  });

  it('reads positions saved before values were versioned, and nothing from a hand-edited value', () => {
    sessionStorage.setItem(KEY, JSON.stringify({ abc: 120 }));
    expect(readPositions().abc).toBe(120);
    sessionStorage.setItem(KEY, JSON.stringify({ abc: 'top' }));
    expect(readPositions()).toEqual({});
  });
});
