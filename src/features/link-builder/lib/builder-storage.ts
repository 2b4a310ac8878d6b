import * as v from 'valibot';
import { EMPTY_PARAM_VALUES } from './builder-values';
import type { ParamValues } from './builder-values';
import type { LinkPlatform } from './platform-params';
import { boundedText, paramValuesSchema, text } from './preset-storage';
import { LINK_PLACEHOLDER } from './render-template';
import { lenientList } from '@/lib/lenient-list';
import { storedValue } from '@/lib/stored-value';

/**
 * What the link builder keeps on this device (localStorage): the last values used on
 * each offer, and named presets usable on any offer (preset-storage). Everything read back is checked
 * field by field, since storage can hold anything (an older version, another tab, a
 * hand edit): bad entries are dropped, bad fields fall back to their defaults.
 */

export {
  MAX_EXTRA_PARAMS,
  MAX_PRESET_NAME,
  MAX_PRESETS,
  MAX_TEXT,
  normalizePresetName,
  onPresetsChange,
  readPresets,
  upsertPreset,
  writePresets,
} from './preset-storage';
export type { Preset } from './preset-storage';

export const MAX_REMEMBERED_OFFERS = 50;

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

export const DEFAULT_LAST_STATE: LastState = {
  linkId: null,
  platform: null,
  values: EMPTY_PARAM_VALUES,
  template: LINK_PLACEHOLDER,
  linkText: '',
};

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
