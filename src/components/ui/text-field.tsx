import { useId } from 'react';
import type { ReactNode, Ref } from 'react';
import { cn } from '@/lib/cn';

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'email' | 'password' | 'search';
  /** A fixed id, when other code moves the focus to this field; otherwise one is made. */
  id?: string;
  placeholder?: string | undefined;
  hint?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  maxLength?: number;
  /** Ids of other elements that describe this field too (e.g. a banner about it). */
  describedBy?: string | undefined;
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  ref?: Ref<HTMLInputElement> | undefined;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  id: fixedId,
  placeholder,
  hint,
  error,
  autoComplete,
  maxLength,
  describedBy: alsoDescribedBy,
  className,
  labelClassName,
  inputClassName,
  ref,
}: TextFieldProps) {
  const madeId = useId();
  const id = fixedId ?? madeId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [alsoDescribedBy, error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className={cn('label', labelClassName)}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        type={type}
        className={cn('input', inputClassName)}
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete}
        maxLength={maxLength}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
