import { stateFromStored } from './builder-state';
import type { BuilderState } from './builder-state';
import { movedToSlot } from './field-moves';

const empty = stateFromStored(null);
const state: BuilderState = {
  ...empty,
  subs: ['abc', '', 'c', '', ''],
  source: 'sms',
  extra: [
    { id: 0, key: 'aff_sub', value: 'row' },
    { id: 1, key: 'x', value: 'y' },
  ],
  nextRowId: 2,
};

describe('movedToSlot', () => {
  it('moves a slot’s value to another slot and empties it', () => {
    expect(movedToSlot(state, { kind: 'slot', slot: 0 }, 1).subs).toEqual(['', 'abc', 'c', '', '']);
  });

  it('moves the source into a slot', () => {
    const moved = movedToSlot(state, { kind: 'source' }, 3);
    expect(moved.source).toBe('');
    expect(moved.subs).toEqual(['abc', '', 'c', 'sms', '']);
  });

  it('moves a free row’s value into a slot and removes the row', () => {
    const moved = movedToSlot(state, { kind: 'row', id: 0 }, 4);
    expect(moved.subs).toEqual(['abc', '', 'c', '', 'row']);
    expect(moved.extra).toEqual([{ id: 1, key: 'x', value: 'y' }]);
  });

  it('leaves the state as it is for a row that is gone', () => {
    expect(movedToSlot(state, { kind: 'row', id: 9 }, 4)).toBe(state);
  });
});
