import { TextField } from '@/components/ui/text-field';
import type { GuardWarning } from '../lib/attribution-guard';
import type { ExtraRow } from '../lib/builder-state';
import { MAX_EXTRA_PARAMS, MAX_TEXT } from '../lib/builder-storage';
import { addRowButtonId, guardNotesId, rowInputId } from './field-ids';
import { GuardNotes } from './guard-notes';
import { limitHint, placeholderFor } from './field-hints';
import type { ParamFieldActions } from './param-field-types';

interface ExtraRowsProps {
  idPrefix: string;
  rows: readonly ExtraRow[];
  /** Keys the sub-id and source fields set: a row with one of them replaces that field. */
  slotNames: ReadonlySet<string>;
  current: ReadonlyMap<string, string>;
  /** The attribution guard's warnings, by parameter: shown on the rows that set one. */
  warnings: ReadonlyMap<string, readonly GuardWarning[]>;
  actions: Pick<ParamFieldActions, 'setRow' | 'addRow' | 'removeRow' | 'moveToSlot'>;
}

/** "Name" or "Value", told apart from the other rows' for screen readers. */
function rowLabel(part: string, n: number) {
  return (
    <>
      {part} <span className="sr-only">of parameter {n}</span>
    </>
  );
}

/** Free key/value parameters, each removable, up to a limit. */
export function ExtraRows({ idPrefix, rows, slotNames, current, warnings, actions }: ExtraRowsProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-muted">Other parameters</legend>
      {rows.length > 0 && (
        <ul className="space-y-3">
          {rows.map((row, index) => {
            const n = index + 1;
            const key = row.key.trim();
            const keyId = rowInputId(idPrefix, row.id, 'key');
            const hintId = `${keyId}-replaces`;
            const overridesSlot = slotNames.has(key);
            const valueId = rowInputId(idPrefix, row.id, 'value');
            const rowWarnings = row.value === '' ? [] : (warnings.get(key) ?? []);
            return (
              <li key={row.id} className="space-y-1">
                <div className="flex flex-wrap items-end gap-2">
                  <TextField
                    id={keyId}
                    className="min-w-32 flex-1"
                    inputClassName="font-mono"
                    label={rowLabel('Name', n)}
                    value={row.key}
                    maxLength={MAX_TEXT}
                    autoComplete="off"
                    describedBy={overridesSlot ? hintId : undefined}
                    hint={limitHint(row.key)}
                    onChange={(value) => {
                      actions.setRow(row.id, 'key', value);
                    }}
                  />
                  <TextField
                    id={valueId}
                    className="min-w-32 flex-[2]"
                    label={rowLabel('Value', n)}
                    value={row.value}
                    maxLength={MAX_TEXT}
                    placeholder={placeholderFor(current, key)}
                    autoComplete="off"
                    describedBy={rowWarnings.length > 0 ? guardNotesId(valueId) : undefined}
                    hint={limitHint(row.value)}
                    onChange={(value) => {
                      actions.setRow(row.id, 'value', value);
                    }}
                  />
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Remove parameter ${n}`}
                    onClick={() => {
                      actions.removeRow(row.id);
                    }}
                  >
                    Remove
                  </button>
                </div>
                {overridesSlot && (
                  <p id={hintId} className="text-sm text-muted">
                    Replaces the <code>{key}</code> field above.
                  </p>
                )}
                <GuardNotes
                  id={guardNotesId(valueId)}
                  warnings={rowWarnings}
                  onMove={(to) => {
                    actions.moveToSlot({ kind: 'row', id: row.id }, to);
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          id={addRowButtonId(idPrefix)}
          type="button"
          className="btn"
          disabled={rows.length >= MAX_EXTRA_PARAMS}
          onClick={actions.addRow}
        >
          Add parameter
        </button>
        {rows.length >= MAX_EXTRA_PARAMS && (
          <span className="text-sm text-muted">Up to {MAX_EXTRA_PARAMS} parameters.</span>
        )}
      </div>
    </fieldset>
  );
}
