import { EMPTY_PARAM_VALUES } from './builder-values';
import type { ParamValues } from './builder-values';
import {
  DEFAULT_LAST_STATE,
  MAX_EXTRA_PARAMS,
  MAX_REMEMBERED_OFFERS,
  normalizePresetName,
  onPresetsChange,
  readLastState,
  readPresets,
  upsertPreset,
  writeLastState,
  writePresets,
} from './builder-storage';
import type { LastState } from './builder-storage';

const LAST_KEY = 'offers-dashboard.link-builder.last';
const PRESETS_KEY = 'offers-dashboard.link-builder.presets';

const VALUES: ParamValues = {
  subs: ['abc', 'list A', '', '', '{click_id}'],
  source: 'sms',
  extra: [{ key: 'utm_campaign', value: 'spring sale' }],
  keepMacros: true,
};

const STATE: LastState = { linkId: 'main', platform: 'tune', values: VALUES, template: 'Hi {link}', linkText: 'Offer' };

describe('last values per offer', () => {
  it('round-trips and keeps offers apart', () => {
    writeLastState('offer-a', STATE);
    writeLastState('offer-b', DEFAULT_LAST_STATE);
    expect(readLastState('offer-a')).toEqual(STATE);
    expect(readLastState('offer-b')).toEqual(DEFAULT_LAST_STATE);
    expect(readLastState('offer-c')).toBeNull();
  });

  it('treats offer ids as plain data, even prototype names', () => {
    writeLastState('__proto__', STATE);
    expect(readLastState('__proto__')).toEqual(STATE);
    expect(readLastState('constructor')).toBeNull();
  });

  it('replaces an offer entry rather than adding a second one, newest first', () => {
    writeLastState('offer-a', DEFAULT_LAST_STATE);
    writeLastState('offer-b', DEFAULT_LAST_STATE);
    writeLastState('offer-a', STATE);
    const stored = JSON.parse(window.localStorage.getItem(LAST_KEY) ?? '{}') as {
      v: number;
      data: Array<{ offerId: string }>;
    };
    expect(stored.v).toBe(1);
    expect(stored.data.map((entry) => entry.offerId)).toEqual(['offer-a', 'offer-b']);
    expect(readLastState('offer-a')).toEqual(STATE);
  });

  it(`forgets the oldest offers past ${MAX_REMEMBERED_OFFERS}`, () => {
    for (let i = 0; i <= MAX_REMEMBERED_OFFERS; i += 1) writeLastState(`offer-${i}`, STATE);
    expect(readLastState('offer-0')).toBeNull();
    expect(readLastState('offer-1')).toEqual(STATE);
    expect(readLastState(`offer-${MAX_REMEMBERED_OFFERS}`)).toEqual(STATE);
  });

  it.each([
    ['bad JSON', '{"offerId": '],
    ['an object instead of a list', '{"offer-a": {}}'],
    ['null', 'null'],
  ])('reads %s as nothing remembered', (_, raw) => {
    window.localStorage.setItem(LAST_KEY, raw);
    expect(readLastState('offer-a')).toBeNull();
    writeLastState('offer-a', STATE);
    expect(readLastState('offer-a')).toEqual(STATE);
  });

  it('drops malformed entries and defaults malformed fields', () => {
    window.localStorage.setItem(
      LAST_KEY,
      JSON.stringify([
        'junk',
        { offerId: 7, state: {} },
        { offerId: 'offer-a', state: 'x' },
        {
          offerId: 'offer-a',
          state: {
            linkId: 5,
            platform: 'cake',
            values: {
              subs: ['a', 2, null],
              source: ['x'],
              extra: [{ key: 'k', value: 1 }, { key: 'k2', value: 'v2' }, null],
              keepMacros: 'yes',
            },
            template: 42,
            linkText: 'Text',
          },
        },
      ]),
    );
    expect(readLastState('offer-a')).toEqual({
      linkId: null,
      platform: null,
      values: { subs: ['a', '', '', '', ''], source: '', extra: [{ key: 'k2', value: 'v2' }], keepMacros: false },
      template: '{link}',
      linkText: 'Text',
    });
  });

  it(`keeps at most ${MAX_EXTRA_PARAMS} free parameters`, () => {
    const extra = Array.from({ length: MAX_EXTRA_PARAMS + 5 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    window.localStorage.setItem(LAST_KEY, JSON.stringify([{ offerId: 'a', state: { values: { extra } } }]));
    expect(readLastState('a')?.values.extra).toHaveLength(MAX_EXTRA_PARAMS);
  });

  it('reports a failed write (storage full) without throwing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeLastState('offer-a', STATE)).toBe(false);
    // Kept for this page, until a write succeeds.
    expect(readLastState('offer-a')).toEqual(STATE);
    setItem.mockRestore();
    expect(writeLastState('offer-a', DEFAULT_LAST_STATE)).toBe(true);
    expect(readLastState('offer-a')).toEqual(DEFAULT_LAST_STATE);
  });
});

describe('presets', () => {
  it('round-trips in order', () => {
    const presets = [
      { name: 'SMS – list A', values: VALUES },
      { name: 'Empty', values: EMPTY_PARAM_VALUES },
    ];
    expect(writePresets(presets)).toBe(true);
    expect(readPresets()).toEqual(presets);
  });

  it('is empty when nothing or bad JSON is stored', () => {
    expect(readPresets()).toEqual([]);
    window.localStorage.setItem(PRESETS_KEY, '[{"name":');
    expect(readPresets()).toEqual([]);
    window.localStorage.setItem(PRESETS_KEY, '{"name":"x"}');
    expect(readPresets()).toEqual([]);
  });

  it('drops presets without a usable name, and later duplicates', () => {
    window.localStorage.setItem(
      PRESETS_KEY,
      JSON.stringify([
        { name: '  ', values: {} },
        { name: 5, values: {} },
        { name: 'x'.repeat(200), values: {} },
        { name: ' A  list ', values: { source: 's' } },
        { name: 'A list', values: { source: 'other' } },
        { name: 'No values' },
      ]),
    );
    expect(readPresets()).toEqual([
      { name: 'A list', values: { ...EMPTY_PARAM_VALUES, source: 's' } },
      { name: 'No values', values: EMPTY_PARAM_VALUES },
    ]);
  });

  it('reads presets saved before values were versioned, and saves them versioned', () => {
    window.localStorage.setItem(PRESETS_KEY, JSON.stringify([{ name: 'Old', values: VALUES }]));
    expect(readPresets()).toEqual([{ name: 'Old', values: VALUES }]);
    writePresets([...readPresets(), { name: 'New', values: EMPTY_PARAM_VALUES }]);
    expect(JSON.parse(window.localStorage.getItem(PRESETS_KEY) ?? '{}')).toMatchObject({
      v: 1,
      data: [{ name: 'Old' }, { name: 'New' }],
    });
    expect(readPresets().map((preset) => preset.name)).toEqual(['Old', 'New']);
  });

  it('tells listeners about another tab’s presets', () => {
    const listener = vi.fn();
    const unsubscribe = onPresetsChange(listener);
    window.localStorage.setItem(PRESETS_KEY, JSON.stringify({ v: 1, data: [{ name: 'There', values: VALUES }] }));
    window.dispatchEvent(new StorageEvent('storage', { key: PRESETS_KEY, storageArea: window.localStorage }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(readPresets()).toEqual([{ name: 'There', values: VALUES }]);
    unsubscribe();
  });

  it('upsertPreset appends a new name and replaces an existing one in place', () => {
    const a = { name: 'A', values: EMPTY_PARAM_VALUES };
    const b = { name: 'B', values: EMPTY_PARAM_VALUES };
    const newA = { name: 'A', values: VALUES };
    expect(upsertPreset([a], b)).toEqual([a, b]);
    expect(upsertPreset([a, b], newA)).toEqual([newA, b]);
  });

  it('normalizes names: trimmed, inner spaces collapsed', () => {
    expect(normalizePresetName('  SMS \t –  list A ')).toBe('SMS – list A');
  });
});
