import { cn } from '@/lib/cn';
import type { CopiedLinkInfo } from '@/lib/copied-link';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { CopyButton } from './copy-button';
import { UnsafeUrl } from './safe-link';

interface CopyableValueProps {
  value: string;
  /** What the value is, in words: the button is named "Copy {what}". */
  what: string;
  /** Check the value is an http(s) URL; otherwise show a warning and offer no copy. */
  url?: boolean;
  className?: string;
  /** The value is one of an offer's links: its copies are reported to the page's recorder. */
  link?: CopiedLinkInfo | undefined;
}

/**
 * A value shown in full as text (never as a live link: clicking a tracking link would
 * register a click) with its copy button.
 */
export function CopyableValue({ value, what, url = false, className, link }: CopyableValueProps) {
  if (url && !isSafeHttpUrl(value)) {
    return (
      <div className={className}>
        <UnsafeUrl value={value} />
      </div>
    );
  }
  return (
    <div className={cn('flex items-start gap-2', className)}>
      <code className="min-w-0 flex-1 rounded-md border border-border bg-surface-2 px-2 py-1.5 text-sm break-all whitespace-pre-wrap">
        {value}
      </code>
      <CopyButton text={value} what={what} link={link} />
    </div>
  );
}
