import { EMPTY_PARAM_VALUES, SUB_SLOT_COUNT } from './builder-values';
import type { ExtraParam, ParamValues, SubValues } from './builder-values';
import type { LinkPlatform } from './platform-params';
import { DEFAULT_SMS_TEMPLATE } from './render-template';
import { isRecord } from '@/lib/is-record';
import { readJson, storageSubscription, writeJson } from '@/lib/storage';

/**
 * What the link builder keeps on this device (localStorage): the last values used on
 * each offer, and named presets usable on any offer. Everything read back is checked
 * field by field, since storage can hold anything (an older version, another tab, a
 * hand edit): bad entries are dropped, bad fields fall back to their defaults.
 */

const LAST_KEY = 'offers-dashboard.link-builder.last';
const PRESETS_KEY = 'offers-dashboard.link-builder.presets';

export const MAX_REMEMBERED_OFFERS = 50;
export const MAX_PRESETS = 50;
export const MAX_EXTRA_PARAMS = 20;
export const MAX_PRESET_NAME = 80;
/** The longest value, template or link text kept: longer ones are dropped on reading back. */
export const MAX_TEXT = 2_000;

const PLATFORMS: ReadonlySet<string> = new Set<LinkPlatform>(['offerslook', 'tune', 'everflow', 'generic']);

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
  template: DEFAULT_SMS_TEMPLATE,
  linkText: '',
};

function asRecord(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}

function text(value: unknown, fallback: string, max = MAX_TEXT): string {
  return typeof value === 'string' && value.length <= max ? value : fallback;
}

function parseSubs(value: unknown): SubValues {
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  const subs = Array.from({ length: SUB_SLOT_COUNT }, (_, slot) => text(list[slot], ''));
  return [subs[0] ?? '', subs[1] ?? '', subs[2] ?? '', subs[3] ?? '', subs[4] ?? ''];
}

function parseExtra(value: unknown): ExtraParam[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[])
    .flatMap((item) => {
      const record = asRecord(item);
      if (record === null || typeof record.key !== 'string' || typeof record.value !== 'string') return [];
      if (record.key.length > MAX_TEXT || record.value.length > MAX_TEXT) return [];
      return [{ key: record.key, value: record.value }];
    })
    .slice(0, MAX_EXTRA_PARAMS);
}

export function parseParamValues(value: unknown): ParamValues {
  const record = asRecord(value);
  if (record === null) return EMPTY_PARAM_VALUES;
  return {
    subs: parseSubs(record.subs),
    source: text(record.source, ''),
    extra: parseExtra(record.extra),
    keepMacros: record.keepMacros === true,
  };
}

function parsePlatform(value: unknown): LinkPlatform | null {
  return typeof value === 'string' && PLATFORMS.has(value) ? (value as LinkPlatform) : null;
}

function parseLastState(value: unknown): LastState | null {
  const record = asRecord(value);
  if (record === null) return null;
  return {
    linkId: typeof record.linkId === 'string' ? text(record.linkId, '') || null : null,
    platform: parsePlatform(record.platform),
    values: parseParamValues(record.values),
    template: text(record.template, DEFAULT_SMS_TEMPLATE),
    linkText: text(record.linkText, ''),
  };
}

interface LastEntry {
  offerId: string;
  state: LastState;
}

/** Stored as a list, newest first: offer ids are untrusted and could be "__proto__". */
function readLastEntries(): LastEntry[] {
  const value = readJson(LAST_KEY);
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((item) => {
    const record = asRecord(item);
    if (record === null || typeof record.offerId !== 'string') return [];
    const state = parseLastState(record.state);
    return state === null ? [] : [{ offerId: record.offerId, state }];
  });
}

/** The values last used on this offer on this device, or null. */
export function readLastState(offerId: string): LastState | null {
  return readLastEntries().find((entry) => entry.offerId === offerId)?.state ?? null;
}

/** Remembers the values used on an offer; the oldest offers are forgotten past the cap. */
export function writeLastState(offerId: string, state: LastState): boolean {
  const others = readLastEntries().filter((entry) => entry.offerId !== offerId);
  return writeJson(LAST_KEY, [{ offerId, state }, ...others].slice(0, MAX_REMEMBERED_OFFERS));
}

export function normalizePresetName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The saved presets, in the order they were first saved. */
export function readPresets(): Preset[] {
  const value = readJson(PRESETS_KEY);
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return (value as unknown[])
    .flatMap((item) => {
      const record = asRecord(item);
      if (record === null || typeof record.name !== 'string') return [];
      const name = normalizePresetName(record.name);
      if (name === '' || name.length > MAX_PRESET_NAME || seen.has(name)) return [];
      seen.add(name);
      return [{ name, values: parseParamValues(record.values) }];
    })
    .slice(0, MAX_PRESETS);
}

export function writePresets(presets: readonly Preset[]): boolean {
  return writeJson(PRESETS_KEY, presets);
}

/**
 * Calls `listener` when another tab or window of this site changes the presets (the
 * `storage` event never fires in the tab that wrote). Returns the unsubscribe.
 */
export const onPresetsChange = storageSubscription(PRESETS_KEY).subscribe;

/** Adds a preset, or replaces the one with the same name in its place. */
export function upsertPreset(presets: readonly Preset[], preset: Preset): Preset[] {
  const at = presets.findIndex((item) => item.name === preset.name);
  if (at === -1) return [...presets, preset];
  return presets.map((item, index) => (index === at ? preset : item));
}
