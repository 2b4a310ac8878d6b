import type { GuardWarning } from '../lib/attribution-guard';
import { MAX_TEXT } from '../lib/builder-storage';
import type { PlatformParamNames } from '../lib/platform-params';
import { ExtraRows } from './extra-rows';
import { GuardedTextField } from './guarded-text-field';
import type { ParamFieldActions, ParamFieldValues } from './param-field-types';
import { slotInputId, sourceInputId } from './field-ids';
import { limitHint, placeholderFor } from './field-hints';

export interface ParamFieldsProps {
  /** Prefix for the inputs' ids, so the builder can move focus to them. */
  idPrefix: string;
  link: {
    /** The link the values go on, named in the fields' legend. */
    readonly label: string;
    readonly names: PlatformParamNames;
    /** Values the link already has, by decoded key, shown as placeholders. */
    readonly current: ReadonlyMap<string, string>;
    /** The attribution guard's warnings, by parameter. */
    readonly warnings: ReadonlyMap<string, readonly GuardWarning[]>;
  };
  fields: ParamFieldValues;
  actions: ParamFieldActions;
}

/** The sub-id slots and source, named as the platform expects, plus free key/value rows. */
export function ParamFields({ idPrefix, link, fields, actions }: ParamFieldsProps) {
  const { names, current } = link;
  // A field with no value sets nothing, so it is warned of nothing.
  const warningsFor = (param: string, value: string) => (value === '' ? [] : (link.warnings.get(param) ?? []));
  const macrosId = `${idPrefix}-macros`;
  const macrosHintId = `${macrosId}-hint`;

  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-muted">Sub-ids and source for the {link.label}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {names.subs.map((name, slot) => {
            const value = fields.subs[slot] ?? '';
            return (
              <GuardedTextField
                key={slot}
                id={slotInputId(idPrefix, slot)}
                label={name}
                labelClassName="font-mono"
                value={value}
                maxLength={MAX_TEXT}
                placeholder={placeholderFor(current, name)}
                autoComplete="off"
                hint={limitHint(value)}
                onChange={(next) => {
                  actions.setSub(slot, next);
                }}
                warnings={warningsFor(name, value)}
                onMove={(to) => {
                  actions.moveToSlot({ kind: 'slot', slot }, to);
                }}
              />
            );
          })}
          <GuardedTextField
            id={sourceInputId(idPrefix)}
            label={
              <>
                Source <span className="font-mono font-normal text-muted">({names.source})</span>
              </>
            }
            value={fields.source}
            maxLength={MAX_TEXT}
            placeholder={placeholderFor(current, names.source)}
            autoComplete="off"
            hint={limitHint(fields.source)}
            onChange={actions.setSource}
            warnings={warningsFor(names.source, fields.source)}
            onMove={(to) => {
              actions.moveToSlot({ kind: 'source' }, to);
            }}
          />
        </div>
      </fieldset>

      <ExtraRows
        idPrefix={idPrefix}
        rows={fields.extra}
        slotNames={new Set([...names.subs, names.source])}
        current={current}
        warnings={link.warnings}
        actions={actions}
      />

      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <input
            id={macrosId}
            type="checkbox"
            className="size-4 accent-accent"
            checked={fields.keepMacros}
            aria-describedby={macrosHintId}
            onChange={(event) => {
              actions.setKeepMacros(event.target.checked);
            }}
          />
          <label htmlFor={macrosId} className="label">
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
