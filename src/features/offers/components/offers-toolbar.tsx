import { OFFER_STATUSES } from '@/contract';
import type { OfferStatus as KnownStatus } from '@/contract';
import { PAGE_SIZES } from '../lib/list-search-params';
import type { ListView } from '../lib/list-search-params';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

// The contract's statuses, capitalised; no status means the API's default.
const STATUS_OPTIONS: Array<{ value: '' | KnownStatus; label: string }> = [
  { value: '', label: 'All but archived' },
  ...OFFER_STATUSES.map((status) => ({ value: status, label: status.charAt(0).toUpperCase() + status.slice(1) })),
];

const SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

interface OffersToolbarProps {
  view: ListView;
  onChange: (patch: Partial<ListView>) => void;
}

export function OffersToolbar({ view, onChange }: OffersToolbarProps) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        label="Status"
        className=""
        selectClassName="input mt-1 w-auto"
        value={view.status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(value) => {
          onChange({ status: value === '' ? undefined : (value as KnownStatus), page: 1 });
        }}
      />
      <SelectField
        label="Rows per page"
        className=""
        selectClassName="input mt-1 w-auto"
        value={String(view.perPage)}
        options={SIZE_OPTIONS}
        onChange={(value) => {
          onChange({ perPage: Number(value), page: 1 });
        }}
      />
      <TextField
        className="min-w-[12rem] flex-1"
        label="Search offers"
        type="search"
        placeholder="Name, ID, advertiser or external ID"
        value={view.q}
        onChange={(q) => {
          onChange({ q });
        }}
      />
    </div>
  );
}
