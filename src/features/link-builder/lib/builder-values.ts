import type { LinkParam } from './build-link';
import type { PlatformParamNames } from './platform-params';

export const SUB_SLOT_COUNT = 5;

/** Values of the five sub-id slots, by slot (slot 1 is `aff_sub1`, `aff_sub` or `sub1`). */
export type SubValues = readonly [string, string, string, string, string];

interface ExtraParam {
  readonly key: string;
  readonly value: string;
}

/**
 * What the marketer adds to a link, independent of the platform's parameter names,
 * so the same values (a preset) work on any offer.
 */
export interface ParamValues {
  readonly subs: SubValues;
  readonly source: string;
  readonly extra: readonly ExtraParam[];
  readonly keepMacros: boolean;
}

const EMPTY_SUBS: SubValues = ['', '', '', '', ''];

export const EMPTY_PARAM_VALUES: ParamValues = { subs: EMPTY_SUBS, source: '', extra: [], keepMacros: false };

/**
 * The parameters to put on the link, in order: sub-ids, source, then the free pairs
 * (so a free pair with a slot's name wins, as buildLink keeps the last value).
 */
export function toLinkParams(values: ParamValues, names: PlatformParamNames): LinkParam[] {
  return [
    ...names.subs.map((key, slot) => ({ key, value: values.subs[slot] ?? '' })),
    { key: names.source, value: values.source },
    ...values.extra.map(({ key, value }) => ({ key: key.trim(), value })),
  ];
}

/** The keys buildLink will set: those with a name and a value. */
export function setKeys(params: ReadonlyArray<LinkParam>): Set<string> {
  return new Set(params.filter(({ key, value }) => key !== '' && value !== '').map(({ key }) => key));
}

export function hasAnyValue(values: ParamValues): boolean {
  return (
    values.subs.some((value) => value !== '') ||
    values.source !== '' ||
    values.extra.some(({ key, value }) => key !== '' || value !== '')
  );
}
