import { useId } from 'react';
import { OFFER_STATUSES } from '@/contract';
import type { OfferStatus as KnownStatus } from '@/contract';
import { PAGE_SIZES } from '../lib/list-search-params';
import type { ListView } from '../lib/list-search-params';
import { TextField } from '@/components/ui/text-field';

// The contract's statuses, capitalised; no status means the API's default.
const STATUS_OPTIONS: Array<{ value: '' | KnownStatus; label: string }> = [
  { value: '', label: 'All but archived' },
  ...OFFER_STATUSES.map((status) => ({ value: status, label: status.charAt(0).toUpperCase() + status.slice(1) })),
];

interface OffersToolbarProps {
  view: ListView;
  onChange: (patch: Partial<ListView>) => void;
}

export function OffersToolbar({ view, onChange }: OffersToolbarProps) {
  const statusId = useId();
  const sizeId = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={statusId} className="label">
          Status
        </label>
        <select
          id={statusId}
          className="input mt-1 w-auto"
          value={view.status ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ status: value === '' ? undefined : (value as KnownStatus), page: 1 });
          }}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={sizeId} className="label">
          Rows per page
        </label>
        <select
          id={sizeId}
          className="input mt-1 w-auto"
          value={view.perPage}
          onChange={(event) => {
            onChange({ perPage: Number(event.target.value), page: 1 });
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
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
