import * as v from 'valibot';
import { EMPTY_PARAM_VALUES, SUB_SLOT_COUNT } from './builder-values';
import type { ParamValues, SubValues } from './builder-values';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';

/**
 * The link builder's named presets (localStorage), apart from the rest of what it keeps:
 * a page that only offers the presets (the bulk run) reads them without the rest.
 * Everything read back is checked field by field; bad entries are dropped.
 */

export const MAX_PRESETS = 50;
export const MAX_EXTRA_PARAMS = 20;
export const MAX_PRESET_NAME = 80;
/** The longest value, template or link text kept: longer ones are dropped on reading back. */
export const MAX_TEXT = 2_000;

export interface Preset {
  readonly name: string;
  readonly values: ParamValues;
}

export const boundedText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const text = (fallback: string) => v.fallback(boundedText, fallback);

function toSubs(list: string[]): SubValues {
  const subs = Array.from({ length: SUB_SLOT_COUNT }, (_, slot) => list[slot] ?? '');
  return [subs[0] ?? '', subs[1] ?? '', subs[2] ?? '', subs[3] ?? '', subs[4] ?? ''];
}

// The fallback wraps the whole pipe: an object with the key missing takes it as is.
const subsSchema = v.fallback(v.pipe(v.array(text('')), v.transform(toSubs)), (): SubValues => toSubs([]));

export const paramValuesSchema: v.GenericSchema<unknown, ParamValues> = v.fallback(
  v.object({
    subs: subsSchema,
    source: text(''),
    extra: lenientList(v.object({ key: boundedText, value: boundedText }), MAX_EXTRA_PARAMS),
    keepMacros: v.fallback(v.boolean(), false),
  }),
  () => ({ ...EMPTY_PARAM_VALUES, extra: [] }),
);

export function normalizePresetName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

const presetsSchema = v.pipe(
  lenientList(v.object({ name: v.string(), values: paramValuesSchema })),
  v.transform((items): Preset[] => {
    const seen = new Set<string>();
    return items
      .flatMap((item) => {
        const name = normalizePresetName(item.name);
        if (name === '' || name.length > MAX_PRESET_NAME || seen.has(name)) return [];
        seen.add(name);
        return [{ name, values: item.values }];
      })
      .slice(0, MAX_PRESETS);
  }),
);

const presets = storedValue<Preset[]>({
  key: 'offers-dashboard.link-builder.presets',
  kind: 'local',
  schema: presetsSchema,
  version: 1,
  fallback: [],
  // Version 1 holds the same list as the unversioned format before it.
  migrate: (data) => data,
});

/** The saved presets, in the order they were first saved. */
export function readPresets(): Preset[] {
  return presets.get();
}

export function writePresets(list: readonly Preset[]): boolean {
  return presets.set([...list]);
}

/**
 * Calls `listener` when the presets change: in another tab or window of this site, or
 * here. Returns the unsubscribe.
 */
export const onPresetsChange = presets.subscribe;

/** Adds a preset, or replaces the one with the same name in its place. */
export function upsertPreset(list: readonly Preset[], preset: Preset): Preset[] {
  const at = list.findIndex((item) => item.name === preset.name);
  if (at === -1) return [...list, preset];
  return list.map((item, index) => (index === at ? preset : item));
}
