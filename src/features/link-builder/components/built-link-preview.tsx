import { useId } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { CopiedLinkInfo } from '@/lib/copied-link';
import type { LinkSegment } from '../lib/build-link';

interface BuiltLinkPreviewProps {
  url: string;
  segments: readonly LinkSegment[];
  /** The link it is built on, in words ("Main tracking link"). */
  from: string;
  /** What a copy of the built link is remembered as. */
  link: CopiedLinkInfo;
  onReset: () => void;
}

/**
 * The built link in full, with what was added or replaced in <mark> (announced as
 * highlighted, not only coloured). Text only: never a live link, never innerHTML.
 */
export function BuiltLinkPreview({ url, segments, from, link, onReset }: BuiltLinkPreviewProps) {
  const headingId = useId();
  const added = segments.some((segment) => segment.added);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-muted">
          Built link
        </h3>
        <span className="text-sm text-muted">{url.length} characters</span>
      </div>
      <p className="text-sm">
        Built on: <strong className="font-semibold">{from}</strong>
      </p>
      {/* Not a live region: reading the whole link on every keystroke would drown other speech. */}
      <output
        aria-labelledby={headingId}
        aria-live="off"
        className="block rounded-md border border-border bg-surface-2 px-2 py-1.5 font-mono text-sm break-all whitespace-pre-wrap"
      >
        {segments.map((segment, index) =>
          segment.added ? (
            <mark key={index} className="rounded-sm bg-added text-fg">
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </output>
      <p className="text-xs text-muted">
        {added ? 'Highlighted: what you added or replaced.' : 'The original link: add values above to build on it.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={url} what="built link" link={link} />
        <button type="button" className="btn" onClick={onReset}>
          Reset
        </button>
      </div>
    </div>
  );
}
