import type { Ref } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { LinksFilter } from '../lib/filter-entries';

interface LinksFiltersProps {
  readonly filter: LinksFilter;
  readonly offers: ReadonlyArray<{ value: string; label: string }>;
  readonly onChange: (filter: LinksFilter) => void;
  readonly searchRef?: Ref<HTMLInputElement>;
}

/** Filter by text, by offer, and to the flagged links only. */
export function LinksFilters({ filter, offers, onChange, searchRef }: LinksFiltersProps) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <TextField
        ref={searchRef}
        type="search"
        label="Filter links"
        value={filter.text}
        onChange={(text) => {
          onChange({ ...filter, text });
        }}
        className="min-w-48 flex-1"
      />
      <SelectField
        label="Offer"
        value={filter.offerId}
        options={[{ value: '', label: 'All offers' }, ...offers]}
        onChange={(offerId) => {
          onChange({ ...filter, offerId });
        }}
        className="min-w-48 space-y-1"
      />
      <label className="flex items-center gap-2 py-2 text-sm">
        <input
          type="checkbox"
          checked={filter.flaggedOnly}
          onChange={(event) => {
            onChange({ ...filter, flaggedOnly: event.target.checked });
          }}
        />
        Flagged only
      </label>
    </div>
  );
}
