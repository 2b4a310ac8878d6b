import * as v from 'valibot';
import { EMPTY_PARAM_VALUES, SUB_SLOT_COUNT } from './builder-values';
import type { ParamValues, SubValues } from './builder-values';
import type { LinkPlatform } from './platform-params';
import { LINK_PLACEHOLDER } from './render-template';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';

/**
 * What the link builder keeps on this device (localStorage): the last values used on
 * each offer, and named presets usable on any offer. Everything read back is checked
 * field by field, since storage can hold anything (an older version, another tab, a
 * hand edit): bad entries are dropped, bad fields fall back to their defaults.
 */

export const MAX_REMEMBERED_OFFERS = 50;
export const MAX_PRESETS = 50;
export const MAX_EXTRA_PARAMS = 20;
export const MAX_PRESET_NAME = 80;
/** The longest value, template or link text kept: longer ones are dropped on reading back. */
export const MAX_TEXT = 2_000;

export interface LastState {
  /** The chosen link (a LinkChoice id); null means the default one. */
  readonly linkId: string | null;
  /** The parameter naming chosen by hand; null means the link's own platform. */
  readonly platform: LinkPlatform | null;
  readonly values: ParamValues;
  readonly template: string;
  /** The anchor text for the HTML and Markdown formats. */
  readonly linkText: string;
}

export interface Preset {
  readonly name: string;
  readonly values: ParamValues;
}

export const DEFAULT_LAST_STATE: LastState = {
  linkId: null,
  platform: null,
  values: EMPTY_PARAM_VALUES,
  template: LINK_PLACEHOLDER,
  linkText: '',
};

const boundedText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const text = (fallback: string) => v.fallback(boundedText, fallback);

function toSubs(list: string[]): SubValues {
  const subs = Array.from({ length: SUB_SLOT_COUNT }, (_, slot) => list[slot] ?? '');
  return [subs[0] ?? '', subs[1] ?? '', subs[2] ?? '', subs[3] ?? '', subs[4] ?? ''];
}

// The fallback wraps the whole pipe: an object with the key missing takes it as is.
const subsSchema = v.fallback(v.pipe(v.array(text('')), v.transform(toSubs)), (): SubValues => toSubs([]));

const paramValuesSchema: v.GenericSchema<unknown, ParamValues> = v.fallback(
  v.object({
    subs: subsSchema,
    source: text(''),
    extra: lenientList(v.object({ key: boundedText, value: boundedText }), MAX_EXTRA_PARAMS),
    keepMacros: v.fallback(v.boolean(), false),
  }),
  () => ({ ...EMPTY_PARAM_VALUES, extra: [] }),
);

const lastStateSchema = v.object({
  linkId: v.fallback(
    v.nullable(
      v.pipe(
        boundedText,
        v.transform((id) => id || null),
      ),
    ),
    null,
  ),
  platform: v.fallback(v.nullable(v.picklist(['offerslook', 'tune', 'everflow', 'generic'])), null),
  values: paramValuesSchema,
  template: text(LINK_PLACEHOLDER),
  linkText: text(''),
});

/** Stored as a list, newest first: offer ids are untrusted and could be "__proto__". */
const lastEntries = storedValue<Array<{ offerId: string; state: LastState }>>({
  key: 'offers-dashboard.link-builder.last',
  kind: 'local',
  schema: lenientList(v.object({ offerId: v.string(), state: lastStateSchema })),
  version: 1,
  fallback: [],
  // Version 1 holds the same list as the unversioned format before it.
  migrate: (data) => data,
});

/** The values last used on this offer on this device, or null. */
export function readLastState(offerId: string): LastState | null {
  return lastEntries.get().find((entry) => entry.offerId === offerId)?.state ?? null;
}

/** Remembers the values used on an offer; the oldest offers are forgotten past the cap. */
export function writeLastState(offerId: string, state: LastState): boolean {
  const others = lastEntries.get().filter((entry) => entry.offerId !== offerId);
  return lastEntries.set([{ offerId, state }, ...others].slice(0, MAX_REMEMBERED_OFFERS));
}

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
