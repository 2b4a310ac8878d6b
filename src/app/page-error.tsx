import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { isChunkLoadError } from '@/lib/chunk-load-error';
import { WarningIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';

/** What a page shows instead of going blank when its code fails to load or to render. */
export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const missingCode = isChunkLoadError(error);
  // The part that held focus is gone: focus moves to the explanation, not to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div role="alert" className="card max-w-xl space-y-3">
      <h1 ref={heading} tabIndex={-1} className="flex items-center gap-2 text-xl font-bold focus:outline-none">
        <WarningIcon className="size-5 text-danger" />
        {missingCode ? 'This page could not be loaded' : 'Something went wrong on this page'}
      </h1>
      <p>
        {missingCode
          ? 'Its code did not arrive: the connection may have dropped, or a newer version of the dashboard was deployed. Reloading usually fixes it.'
          : 'An unexpected error stopped this page. Your settings and recently viewed offers are kept.'}
      </p>
      <div className="flex flex-wrap gap-2">
        {missingCode ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              window.location.reload();
            }}
          >
            Reload page
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={onRetry}>
            Try again
          </button>
        )}
        <Link to={paths.offers} className="btn no-underline">
          Back to offers
        </Link>
      </div>
      {error instanceof Error && error.message !== '' && (
        <details className="text-sm">
          <summary className="cursor-pointer">Technical details</summary>
          <p className="mt-1 font-mono break-words">{error.message}</p>
        </details>
      )}
    </div>
  );
}
