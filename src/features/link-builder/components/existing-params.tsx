import { useId } from 'react';
import type { QueryParam } from '../lib/query-params';

interface ExistingParamsProps {
  params: readonly QueryParam[];
  /** Keys the built link sets: those parameters are replaced in place. */
  replaced: ReadonlySet<string>;
  onReplace: (key: string) => void;
}

/** The parameters the original link already has; each can be replaced, never duplicated. */
export function ExistingParams({ params, replaced, onReplace }: ExistingParamsProps) {
  const headingId = useId();
  if (params.length === 0) {
    return <p className="text-sm text-muted">This link has no parameters yet.</p>;
  }
  return (
    <div className="space-y-1.5">
      <p id={headingId} className="text-sm">
        This link already has:
      </p>
      <ul aria-labelledby={headingId} className="flex flex-wrap gap-2">
        {params.map((param, index) => (
          <li
            key={`${String(index)}:${param.raw}`}
            className="inline-flex max-w-full items-center gap-2 rounded-md border border-border bg-surface-2 px-2 py-1 text-sm"
          >
            <code className="min-w-0 break-all">{param.raw}</code>
            {replaced.has(param.key) ? (
              <span className="font-medium">(replaced)</span>
            ) : param.key === '' ? null : (
              <button
                type="button"
                className="btn px-1.5 py-0.5 text-xs"
                aria-label={`Replace ${param.key}`}
                onClick={() => {
                  onReplace(param.key);
                }}
              >
                Replace
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
