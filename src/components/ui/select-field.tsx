import { useId } from 'react';
import type { ReactNode } from 'react';

interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  label: ReactNode;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A fixed id, when other code refers to this field; otherwise one is made. */
  id?: string;
  describedBy?: string | undefined;
  /** The wrapper's classes; empty for none. */
  className?: string;
  labelClassName?: string;
  selectClassName?: string;
  /** Shown under the select, e.g. a hint its describedBy points at. */
  children?: ReactNode;
}

/** A labelled select: one markup for every choice list, so label and control stay tied. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  id: fixedId,
  describedBy,
  className = 'space-y-1',
  labelClassName = 'label',
  selectClassName = 'input',
  children,
}: SelectFieldProps) {
  const madeId = useId();
  const id = fixedId ?? madeId;
  return (
    <div className={className || undefined}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select
        id={id}
        className={selectClassName}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
