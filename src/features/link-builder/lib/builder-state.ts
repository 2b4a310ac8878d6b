import { DEFAULT_LAST_STATE } from './builder-storage';
import type { LastState } from './builder-storage';
import type { ParamValues, SubValues } from './builder-values';
import type { LinkPlatform } from './platform-params';

/** A free key/value row; `id` keeps React keys and focus targets stable. */
export interface ExtraRow {
  readonly id: number;
  readonly key: string;
  readonly value: string;
}

/** Everything the builder's controls edit. */
export interface BuilderState {
  readonly linkId: string | null;
  readonly platform: LinkPlatform | null;
  readonly subs: SubValues;
  readonly source: string;
  readonly extra: readonly ExtraRow[];
  readonly nextRowId: number;
  readonly keepMacros: boolean;
  readonly template: string;
  readonly linkText: string;
}

export function paramValuesOf(state: BuilderState): ParamValues {
  return {
    subs: state.subs,
    source: state.source,
    extra: state.extra.map(({ key, value }) => ({ key, value })),
    keepMacros: state.keepMacros,
  };
}

/** The state with these parameter values (a preset, or none for Reset); the rest kept. */
export function withParamValues(state: BuilderState, values: ParamValues): BuilderState {
  return {
    ...state,
    subs: values.subs,
    source: values.source,
    extra: values.extra.map((param, index) => ({ id: state.nextRowId + index, ...param })),
    nextRowId: state.nextRowId + values.extra.length,
    keepMacros: values.keepMacros,
  };
}

export function stateFromStored(stored: LastState | null): BuilderState {
  const last = stored ?? DEFAULT_LAST_STATE;
  const empty: BuilderState = {
    linkId: last.linkId,
    platform: last.platform,
    subs: ['', '', '', '', ''],
    source: '',
    extra: [],
    nextRowId: 0,
    keepMacros: false,
    template: last.template,
    linkText: last.linkText,
  };
  return withParamValues(empty, last.values);
}

export function storedFromState(state: BuilderState): LastState {
  return {
    linkId: state.linkId,
    platform: state.platform,
    values: paramValuesOf(state),
    template: state.template,
    linkText: state.linkText,
  };
}
