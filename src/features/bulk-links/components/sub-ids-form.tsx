import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { BulkParams, BulkPreset } from '../lib/bulk-params';
import { NO_PARAMS } from '../lib/bulk-params';

interface SubIdsFormProps {
  readonly params: BulkParams;
  readonly onChange: (params: BulkParams) => void;
  readonly presets: readonly BulkPreset[];
}

const SLOTS = [0, 1, 2, 3, 4] as const;

/** Sub-ids and source put on every link of the run; changing them rebuilds the links, fetching nothing. */
export function SubIdsForm({ params, onChange, presets }: SubIdsFormProps) {
  const setSub = (slot: number, value: string) => {
    const subs = params.subs.map((sub, at) => (at === slot ? value : sub));
    onChange({ ...params, subs: [subs[0] ?? '', subs[1] ?? '', subs[2] ?? '', subs[3] ?? '', subs[4] ?? ''] });
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm text-muted">
        Added to every link under the names the offer&apos;s platform expects, as the link builder does.
      </legend>
      {presets.length > 0 && (
        <SelectField
          label="Preset"
          selectClassName="input max-w-xs"
          value=""
          options={[
            { value: '', label: 'Choose a saved preset…' },
            ...presets.map((preset) => ({ value: preset.name, label: preset.name })),
          ]}
          onChange={(name) => {
            const preset = presets.find((item) => item.name === name);
            if (preset) onChange(preset.values);
          }}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {SLOTS.map((slot) => (
          <TextField
            key={slot}
            label={`Sub-id ${String(slot + 1)}`}
            value={params.subs[slot]}
            onChange={(value) => {
              setSub(slot, value);
            }}
            maxLength={2000}
          />
        ))}
        <TextField
          label="Source"
          value={params.source}
          onChange={(source) => {
            onChange({ ...params, source });
          }}
          maxLength={2000}
        />
      </div>
      {params.extra.length > 0 && (
        <p className="text-sm text-muted">The preset also adds: {params.extra.map(({ key }) => key).join(', ')}.</p>
      )}
      <button
        type="button"
        className="btn"
        onClick={() => {
          onChange(NO_PARAMS);
        }}
      >
        Clear sub-ids
      </button>
    </fieldset>
  );
}
