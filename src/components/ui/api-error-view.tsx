import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ApiError } from '@/lib/api/api-error';
import { refusalHandoff } from '@/lib/refusal-handoff';
import { VENDOR_KEYS } from '@/components/ui/vendor-names';
import { cn } from '@/lib/cn';
import { formatWait } from '@/lib/format';
import { RefreshIcon, WarningIcon } from './icons';
import { errorTitle } from './api-error-words';

export interface ApiErrorStateProps {
  error: ApiError;
  /** What we were loading, e.g. "this offer" or "the tracking links". */
  subject: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Extra actions for the not-found case (e.g. a way back to the list). */
  notFoundAction?: ReactNode;
  headingLevel?: 'h1' | 'h2' | 'h3';
  className?: string;
}

function explain(error: ApiError, subject: string): string {
  switch (error.kind) {
    case 'unauthorized':
      return `The API did not accept your credentials while loading ${subject}. Check ${VENDOR_KEYS[error.vendor]} in Settings.`;
    case 'forbidden':
      return `The API refused access to ${subject}.`;
    case 'not-found':
      return `The API has no record of ${subject}.`;
    case 'rate-limited':
      return error.retryAfterSeconds === undefined
        ? 'The API is limiting requests. Wait a moment and try again.'
        : 'The API is limiting requests.';
    case 'client':
      return `The API rejected the request for ${subject}.`;
    case 'server':
      return `The API failed while loading ${subject}. This is usually temporary.`;
    case 'network':
      return `The API could not be reached. Check your connection and the API base URL in Settings.`;
    case 'timeout':
      return `The API did not answer in time while loading ${subject}.`;
    case 'malformed':
      return `The API answered, but its response for ${subject} was not readable JSON. Nothing from it is shown.`;
    case 'shape':
      return `The API answered, but its response for ${subject} did not have the documented fields. Nothing from it is shown.`;
    case 'refused':
      return `The API declined to give ${subject}.`;
  }
}

const RETRYABLE = new Set<ApiError['kind']>([
  'server',
  'network',
  'timeout',
  'rate-limited',
  'malformed',
  'shape',
  'client',
]);

/** The one place that turns an ApiError into words and next steps (loaded through api-error-state). */
export function ApiErrorView({
  error,
  subject,
  onRetry,
  retrying = false,
  notFoundAction,
  headingLevel: Heading = 'h2',
  className,
}: ApiErrorStateProps) {
  const authProblem = error.kind === 'unauthorized' || error.kind === 'forbidden';
  const { vendor } = error;
  return (
    <div role="alert" className={cn('rounded-lg border border-danger/50 bg-danger-soft p-4 text-fg', className)}>
      <Heading className="flex items-center gap-2 text-base font-semibold text-danger">
        <WarningIcon className="size-5" />
        {errorTitle(error)}
      </Heading>
      <p className="mt-1">{explain(error, subject)}</p>
      {error.retryAfterSeconds !== undefined && (
        <p className="mt-1">The API asked to wait {formatWait(error.retryAfterSeconds)} before trying again.</p>
      )}
      {error.upstreamMessage && (
        <p className="mt-1">
          The API said: <q className="break-words">{error.upstreamMessage}</q>
        </p>
      )}
      {error.issues.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">What was wrong</summary>
          <ul className="mt-1 list-disc pl-5 font-mono">
            {error.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {authProblem && (
          <Link
            className="btn btn-primary no-underline"
            to={paths.settingsFor(error.kind, vendor)}
            onClick={() => {
              // The upstream's words go along in memory, never in the URL.
              const message = error.upstreamMessage;
              refusalHandoff.leave(message ? { reason: error.kind, vendor, message } : null);
            }}
          >
            Open Settings
          </Link>
        )}
        {error.kind === 'not-found' && notFoundAction}
        {onRetry && RETRYABLE.has(error.kind) && (
          // aria-disabled, not disabled: a disabled button would drop keyboard focus to the page.
          <button
            type="button"
            className="btn"
            aria-disabled={retrying}
            onClick={() => {
              if (!retrying) onRetry();
            }}
          >
            <RefreshIcon />
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
      </div>
      {error.status !== undefined && <p className="mt-2 text-xs text-muted">HTTP status {error.status}</p>}
    </div>
  );
}
