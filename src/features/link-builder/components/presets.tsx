import { useEffect, useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useAnnounce } from '@/components/ui/announcer-context';
import {
  MAX_PRESET_NAME,
  MAX_PRESETS,
  normalizePresetName,
  onPresetsChange,
  readPresets,
  upsertPreset,
  writePresets,
} from '../lib/builder-storage';
import type { Preset } from '../lib/builder-storage';
import type { ParamValues } from '../lib/builder-values';

interface PresetsProps {
  /** The values a new preset saves. */
  values: ParamValues;
  onApply: (values: ParamValues) => void;
}

/** "sub 1: abc · source: sms · utm=x": what a preset holds, in a line. */
function describe(values: ParamValues): string {
  const parts = [
    ...values.subs.flatMap((value, slot) => (value === '' ? [] : [`sub ${String(slot + 1)}: ${value}`])),
    ...(values.source === '' ? [] : [`source: ${values.source}`]),
    ...values.extra.filter(({ key }) => key !== '').map(({ key, value }) => `${key}=${value}`),
    ...(values.keepMacros ? ['macros kept'] : []),
  ];
  return parts.length === 0 ? 'No values' : parts.join(' · ');
}

/** Named sets of values, kept on this device and usable on any offer. */
export function Presets({ values, onApply }: PresetsProps) {
  const [presets, setPresets] = useState(readPresets);
  // True after a write failed: the list then lives in this page only, and storage
  // (which missed our changes) is no longer the place to start from.
  const [pageOnly, setPageOnly] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const announce = useAnnounce();
  const id = useId();
  const messageId = `${id}-message`;

  // Another tab saved or deleted a preset: show its list, not a stale one.
  useEffect(
    () =>
      onPresetsChange(() => {
        setPresets(readPresets());
        setPageOnly(false);
      }),
    [],
  );

  /**
   * The presets to change: read again from storage first, so a preset saved in another
   * tab since this one last read is kept rather than overwritten with a stale list.
   */
  function latest(): Preset[] {
    if (pageOnly) return presets;
    const stored = readPresets();
    setPresets(stored);
    return stored;
  }

  function update(next: Preset[], done: string) {
    setPresets(next);
    const saved = writePresets(next);
    setPageOnly(!saved);
    const text = saved ? done : `${done}, for this page only: this browser did not let us store it.`;
    setMessage({ text, error: !saved });
    announce(text);
  }

  function handleSave(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const presetName = normalizePresetName(name);
    if (presetName === '') {
      setMessage({ text: 'Give the preset a name.', error: true });
      // The field describes itself with the message: a screen reader hears why.
      document.getElementById(id)?.focus();
      return;
    }
    const current = latest();
    const exists = current.some((preset) => preset.name === presetName);
    if (!exists && current.length >= MAX_PRESETS) {
      const text = `You have ${String(MAX_PRESETS)} presets: delete one first.`;
      setMessage({ text, error: true });
      announce(text);
      return;
    }
    update(
      upsertPreset(current, { name: presetName, values }),
      `${exists ? 'Updated' : 'Saved'} preset “${presetName}”`,
    );
    setName('');
  }

  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-muted">Presets</h3>
      <p className="text-sm text-muted">
        Save the sub-ids, source and other parameters under a name, to use them on any offer. Kept in this browser.
      </p>
      <form className="flex flex-wrap items-end gap-2" onSubmit={handleSave} noValidate>
        <div className="min-w-48 flex-1 space-y-1">
          <label htmlFor={id} className="label">
            Preset name
          </label>
          <input
            id={id}
            className="input"
            value={name}
            maxLength={MAX_PRESET_NAME}
            placeholder="e.g. SMS – list A"
            autoComplete="off"
            aria-invalid={message?.error === true && name.trim() === '' ? true : undefined}
            aria-describedby={message ? messageId : undefined}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          Save preset
        </button>
      </form>
      {message && (
        <p id={messageId} className={message.error ? 'text-sm font-medium text-danger' : 'text-sm'}>
          {message.text}
        </p>
      )}
      {presets.length === 0 ? (
        <p className="text-sm text-muted">No presets yet.</p>
      ) : (
        <ul aria-label="Saved presets" className="divide-y divide-border rounded-md border border-border">
          {presets.map((preset) => (
            <li key={preset.name} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <div className="min-w-0">
                <p className="font-medium break-words">{preset.name}</p>
                <p className="text-sm break-all text-muted">{describe(preset.values)}</p>
              </div>
              <div className="flex gap-2">
                <button
                  type="button"
                  className="btn"
                  aria-label={`Apply preset ${preset.name}`}
                  onClick={() => {
                    onApply(preset.values);
                    const text = `Applied preset “${preset.name}”`;
                    setMessage({ text, error: false });
                    announce(text);
                  }}
                >
                  Apply
                </button>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Delete preset ${preset.name}`}
                  onClick={() => {
                    update(
                      latest().filter((item) => item.name !== preset.name),
                      `Deleted preset “${preset.name}”`,
                    );
                    // The button is gone: keep focus in the presets rather than lose it to the page.
                    document.getElementById(id)?.focus();
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
