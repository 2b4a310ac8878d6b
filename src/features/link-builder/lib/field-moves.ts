import type { BuilderState } from './builder-state';
import type { SubValues } from './builder-values';

/** A field of the builder that sets one parameter. */
export type ParamField =
  | { readonly kind: 'slot'; readonly slot: number }
  | { readonly kind: 'source' }
  | { readonly kind: 'row'; readonly id: number };

function withSub(subs: SubValues, slot: number, value: string): SubValues {
  const next = [...subs];
  next[slot] = value;
  return next as unknown as SubValues;
}

/**
 * The state with the field's value moved into a sub-id slot: the field is emptied (a
 * free row goes, as its name alone sets nothing), so the value is added once.
 */
export function movedToSlot(state: BuilderState, from: ParamField, slot: number): BuilderState {
  switch (from.kind) {
    case 'slot': {
      const value = state.subs[from.slot] ?? '';
      return { ...state, subs: withSub(withSub(state.subs, from.slot, ''), slot, value) };
    }
    case 'source':
      return { ...state, source: '', subs: withSub(state.subs, slot, state.source) };
    case 'row': {
      const row = state.extra.find((item) => item.id === from.id);
      if (row === undefined) return state;
      return {
        ...state,
        extra: state.extra.filter((item) => item.id !== from.id),
        subs: withSub(state.subs, slot, row.value),
      };
    }
  }
}
