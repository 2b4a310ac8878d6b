import type { ExtraRow } from '../lib/builder-state';
import type { SubValues } from '../lib/builder-values';
import type { ParamField } from '../lib/field-moves';

/** What the fields edit. */
export interface ParamFieldValues {
  readonly subs: SubValues;
  readonly source: string;
  readonly extra: readonly ExtraRow[];
  readonly keepMacros: boolean;
}

/** How the fields change it. */
export interface ParamFieldActions {
  setSub: (slot: number, value: string) => void;
  setSource: (value: string) => void;
  setRow: (id: number, field: 'key' | 'value', value: string) => void;
  addRow: () => void;
  removeRow: (id: number) => void;
  setKeepMacros: (keep: boolean) => void;
  /** Moves a field's value to a free sub-id slot (the attribution guard's offer). */
  moveToSlot: (from: ParamField, slot: number) => void;
}
