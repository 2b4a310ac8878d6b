import type { ReactNode } from 'react';
import { describeUnsafeUrl, toSafeHttpUrl } from '@/lib/url-safety';
import { ExternalIcon, WarningIcon } from './icons';

interface SafeLinkProps {
  href: string;
  children?: ReactNode;
  /** Open in a new tab, without giving the page a handle on ours. */
  external?: boolean;
  className?: string;
}

/**
 * A link only when the URL is http(s). Anything else (javascript:, data:, relative…)
 * becomes inert text with a warning, so upstream data can never run in our page.
 */
export function SafeLink({ href, children, external = false, className }: SafeLinkProps) {
  const url = toSafeHttpUrl(href);
  if (!url) return <UnsafeUrl value={href} />;
  return (
    <a
      href={url.href}
      className={className}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noreferrer' })}
    >
      {children ?? href}
      {external && (
        <>
          <ExternalIcon className="ml-1 inline size-3.5 align-[-2px]" />
          <span className="sr-only"> (opens in a new tab)</span>
        </>
      )}
    </a>
  );
}

export function UnsafeUrl({ value }: { value: string }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <code className="text-sm break-all">{value || '(empty)'}</code>
      <span className="inline-flex items-center gap-1 text-sm font-medium text-danger">
        <WarningIcon className="size-3.5 self-center" />
        {describeUnsafeUrl(value)}
      </span>
    </span>
  );
}
