import type { ExtraRow } from '../lib/builder-state';
import { addRowButtonId, rowInputId, slotInputId, sourceInputId } from './field-ids';
import { MAX_EXTRA_PARAMS } from '../lib/builder-storage';
import type { SubValues } from '../lib/builder-values';
import type { PlatformParamNames } from '../lib/platform-params';

export interface ParamFieldsProps {
  /** Prefix for the inputs' ids, so the builder can move focus to them. */
  idPrefix: string;
  names: PlatformParamNames;
  subs: SubValues;
  source: string;
  extra: readonly ExtraRow[];
  keepMacros: boolean;
  /** Values the link already has, by decoded key, shown as placeholders. */
  current: ReadonlyMap<string, string>;
  onSubChange: (slot: number, value: string) => void;
  onSourceChange: (value: string) => void;
  onRowChange: (id: number, field: 'key' | 'value', value: string) => void;
  onAddRow: () => void;
  onRemoveRow: (id: number) => void;
  onKeepMacrosChange: (keep: boolean) => void;
}


function placeholderFor(current: ReadonlyMap<string, string>, key: string): string | undefined {
  const value = current.get(key);
  return value === undefined ? undefined : `now: ${value}`;
}

/** The sub-id slots and source, named as the platform expects, plus free key/value rows. */
export function ParamFields(props: ParamFieldsProps) {
  const { idPrefix, names, subs, source, extra, keepMacros, current } = props;
  const slotNames = new Set([...names.subs, names.source]);
  const sourceId = sourceInputId(idPrefix);
  const macrosHintId = `${idPrefix}-macros-hint`;

  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-muted">Sub-ids and source</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {names.subs.map((name, slot) => (
            <div key={slot} className="space-y-1">
              <label htmlFor={slotInputId(idPrefix, slot)} className="label font-mono">
                {name}
              </label>
              <input
                id={slotInputId(idPrefix, slot)}
                className="input"
                value={subs[slot] ?? ''}
                placeholder={placeholderFor(current, name)}
                spellCheck={false}
                autoComplete="off"
                onChange={(event) => {
                  props.onSubChange(slot, event.target.value);
                }}
              />
            </div>
          ))}
          <div className="space-y-1">
            <label htmlFor={sourceId} className="label">
              Source <span className="font-mono font-normal text-muted">({names.source})</span>
            </label>
            <input
              id={sourceId}
              className="input"
              value={source}
              placeholder={placeholderFor(current, names.source)}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => {
                props.onSourceChange(event.target.value);
              }}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-muted">Other parameters</legend>
        {extra.length > 0 && (
          <ul className="space-y-3">
            {extra.map((row, index) => {
              const n = index + 1;
              const key = row.key.trim();
              const overridesSlot = slotNames.has(key);
              const hintId = `${rowInputId(idPrefix, row.id, 'key')}-hint`;
              return (
                <li key={row.id} className="space-y-1">
                  <div className="flex flex-wrap items-end gap-2">
                    <div className="min-w-32 flex-1 space-y-1">
                      <label htmlFor={rowInputId(idPrefix, row.id, 'key')} className="label">
                        Name <span className="sr-only">of parameter {n}</span>
                      </label>
                      <input
                        id={rowInputId(idPrefix, row.id, 'key')}
                        className="input font-mono"
                        value={row.key}
                        spellCheck={false}
                        autoComplete="off"
                        aria-describedby={overridesSlot ? hintId : undefined}
                        onChange={(event) => {
                          props.onRowChange(row.id, 'key', event.target.value);
                        }}
                      />
                    </div>
                    <div className="min-w-32 flex-[2] space-y-1">
                      <label htmlFor={rowInputId(idPrefix, row.id, 'value')} className="label">
                        Value <span className="sr-only">of parameter {n}</span>
                      </label>
                      <input
                        id={rowInputId(idPrefix, row.id, 'value')}
                        className="input"
                        value={row.value}
                        placeholder={placeholderFor(current, key)}
                        spellCheck={false}
                        autoComplete="off"
                        onChange={(event) => {
                          props.onRowChange(row.id, 'value', event.target.value);
                        }}
                      />
                    </div>
                    <button
                      type="button"
                      className="btn"
                      aria-label={`Remove parameter ${n}`}
                      onClick={() => {
                        props.onRemoveRow(row.id);
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
            disabled={extra.length >= MAX_EXTRA_PARAMS}
            onClick={props.onAddRow}
          >
            Add parameter
          </button>
          {extra.length >= MAX_EXTRA_PARAMS && (
            <span className="text-sm text-muted">Up to {MAX_EXTRA_PARAMS} parameters.</span>
          )}
        </div>
      </fieldset>

      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <input
            id={`${idPrefix}-macros`}
            type="checkbox"
            className="size-4 accent-accent"
            checked={keepMacros}
            aria-describedby={macrosHintId}
            onChange={(event) => {
              props.onKeepMacrosChange(event.target.checked);
            }}
          />
          <label htmlFor={`${idPrefix}-macros`} className="label">
            Keep {'{macros}'} unencoded
          </label>
        </div>
        <p id={macrosHintId} className="text-sm text-muted">
          Leaves tokens like <code>{'{click_id}'}</code> or <code>{'{{click_id}}'}</code> as typed, for a platform that
          fills them in.
        </p>
      </div>
    </div>
  );
}
