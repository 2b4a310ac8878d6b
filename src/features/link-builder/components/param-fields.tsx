import type { ExtraRow } from '../lib/builder-state';
import { addRowButtonId, rowInputId, slotInputId, sourceInputId } from './field-ids';
import { MAX_EXTRA_PARAMS, MAX_TEXT } from '../lib/builder-storage';
import type { SubValues } from '../lib/builder-values';
import type { PlatformParamNames } from '../lib/platform-params';

export interface ParamFieldsProps {
  /** Prefix for the inputs' ids, so the builder can move focus to them. */
  idPrefix: string;
  /** The link the values go on, named in the fields' legend. */
  linkLabel: string;
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

/**
 * Each field takes at most what is remembered on this device (longer values would be
 * dropped on reading back); a field that is full says so, as the browser cuts a paste.
 */
function limitHint(id: string, value: string) {
  if (value.length < MAX_TEXT) return { hintId: undefined, hint: null };
  const hintId = `${id}-limit`;
  return {
    hintId,
    hint: (
      <p id={hintId} className="text-sm text-muted">
        At the limit of {MAX_TEXT.toLocaleString('en-US')} characters.
      </p>
    ),
  };
}

/** Joins aria-describedby ids, leaving out the missing ones. */
function describedBy(...ids: Array<string | undefined>): string | undefined {
  const present = ids.filter((id) => id !== undefined);
  return present.length === 0 ? undefined : present.join(' ');
}

/** The sub-id slots and source, named as the platform expects, plus free key/value rows. */
export function ParamFields(props: ParamFieldsProps) {
  const { idPrefix, linkLabel, names, subs, source, extra, keepMacros, current } = props;
  const slotNames = new Set([...names.subs, names.source]);
  const sourceId = sourceInputId(idPrefix);
  const sourceLimit = limitHint(sourceId, source);
  const macrosHintId = `${idPrefix}-macros-hint`;

  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-muted">Sub-ids and source for the {linkLabel}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {names.subs.map((name, slot) => {
            const id = slotInputId(idPrefix, slot);
            const value = subs[slot] ?? '';
            const limit = limitHint(id, value);
            return (
              <div key={slot} className="space-y-1">
                <label htmlFor={id} className="label font-mono">
                  {name}
                </label>
                <input
                  id={id}
                  className="input"
                  value={value}
                  maxLength={MAX_TEXT}
                  placeholder={placeholderFor(current, name)}
                  spellCheck={false}
                  autoComplete="off"
                  aria-describedby={limit.hintId}
                  onChange={(event) => {
                    props.onSubChange(slot, event.target.value);
                  }}
                />
                {limit.hint}
              </div>
            );
          })}
          <div className="space-y-1">
            <label htmlFor={sourceId} className="label">
              Source <span className="font-mono font-normal text-muted">({names.source})</span>
            </label>
            <input
              id={sourceId}
              className="input"
              value={source}
              maxLength={MAX_TEXT}
              placeholder={placeholderFor(current, names.source)}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={sourceLimit.hintId}
              onChange={(event) => {
                props.onSourceChange(event.target.value);
              }}
            />
            {sourceLimit.hint}
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
              const keyId = rowInputId(idPrefix, row.id, 'key');
              const valueId = rowInputId(idPrefix, row.id, 'value');
              const hintId = `${keyId}-hint`;
              const keyLimit = limitHint(keyId, row.key);
              const valueLimit = limitHint(valueId, row.value);
              return (
                <li key={row.id} className="space-y-1">
                  <div className="flex flex-wrap items-end gap-2">
                    <div className="min-w-32 flex-1 space-y-1">
                      <label htmlFor={keyId} className="label">
                        Name <span className="sr-only">of parameter {n}</span>
                      </label>
                      <input
                        id={keyId}
                        className="input font-mono"
                        value={row.key}
                        maxLength={MAX_TEXT}
                        spellCheck={false}
                        autoComplete="off"
                        aria-describedby={describedBy(overridesSlot ? hintId : undefined, keyLimit.hintId)}
                        onChange={(event) => {
                          props.onRowChange(row.id, 'key', event.target.value);
                        }}
                      />
                    </div>
                    <div className="min-w-32 flex-[2] space-y-1">
                      <label htmlFor={valueId} className="label">
                        Value <span className="sr-only">of parameter {n}</span>
                      </label>
                      <input
                        id={valueId}
                        className="input"
                        value={row.value}
                        maxLength={MAX_TEXT}
                        placeholder={placeholderFor(current, key)}
                        spellCheck={false}
                        autoComplete="off"
                        aria-describedby={valueLimit.hintId}
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
                  {keyLimit.hint}
                  {valueLimit.hint}
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
