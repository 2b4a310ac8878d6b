import type { BuilderState } from '../lib/builder-state';
import type { SubValues } from '../lib/builder-values';
import { movedToSlot } from '../lib/field-moves';
import { addRowButtonId, slotInputId } from './field-ids';
import type { ParamFieldActions } from './param-field-types';

export function focusById(id: string) {
  document.getElementById(id)?.focus();
}

interface ParamActionsOptions {
  /** Applies a change to the builder's latest state. */
  change: (update: (current: BuilderState) => BuilderState) => void;
  idPrefix: string;
  /** Adds a free row and puts the focus in it. */
  addRow: () => void;
}

/** How the parameter fields change the builder's state, and where the focus goes after. */
export function paramActions({ change, idPrefix, addRow }: ParamActionsOptions): ParamFieldActions {
  return {
    setSub: (slot, value) => {
      change((s) => {
        const subs = [...s.subs];
        subs[slot] = value;
        return { ...s, subs: subs as unknown as SubValues };
      });
    },
    setSource: (source) => {
      change((s) => ({ ...s, source }));
    },
    setRow: (rowId, field, value) => {
      change((s) => ({ ...s, extra: s.extra.map((row) => (row.id === rowId ? { ...row, [field]: value } : row)) }));
    },
    addRow,
    removeRow: (rowId) => {
      change((s) => ({ ...s, extra: s.extra.filter((row) => row.id !== rowId) }));
      focusById(addRowButtonId(idPrefix));
    },
    setKeepMacros: (keepMacros) => {
      change((s) => ({ ...s, keepMacros }));
    },
    moveToSlot: (from, slot) => {
      change((s) => movedToSlot(s, from, slot));
      // The field that held the value may be gone (a free row): follow the value.
      focusById(slotInputId(idPrefix, slot));
    },
  };
}
