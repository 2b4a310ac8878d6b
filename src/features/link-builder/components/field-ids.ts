/** Element ids inside one builder (prefix from useId), so focus can be moved to a field. */
export const slotInputId = (prefix: string, slot: number) => `${prefix}-slot-${String(slot)}`;
export const sourceInputId = (prefix: string) => `${prefix}-source`;
export const rowInputId = (prefix: string, id: number, field: 'key' | 'value') =>
  `${prefix}-row-${String(id)}-${field}`;
export const addRowButtonId = (prefix: string) => `${prefix}-add-row`;
/** The attribution guard's notes on a field, which describe it. */
export const guardNotesId = (fieldId: string) => `${fieldId}-guard`;
