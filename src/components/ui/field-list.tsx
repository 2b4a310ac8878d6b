import type { ReactNode } from 'react';

export interface Field {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list, two columns on wide screens. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.label} className="min-w-0">
          <dt className="text-sm text-muted">{field.label}</dt>
          <dd className="mt-0.5 wrap-anywhere">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
