import { cn } from '@/lib/cn';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { requestBuild } from '../lib/build-requests';
import type { LinkChoiceId } from '../lib/build-requests';
import { preloadLinkBuilder } from './load-link-builder';

interface AddSubIdsButtonProps {
  linkId: LinkChoiceId;
  /** The link in words, as its copy button names it: "main tracking link". */
  linkName: string;
  /** The link itself: the builder works only on http(s) links, so for others there is no button. */
  url: string;
  className?: string;
}

/**
 * Opens the link builder on this link, with the focus in its first sub-id field: the
 * bridge from a plain link (whose Copy button copies it as issued) to a built one.
 */
export function AddSubIdsButton({ linkId, linkName, url, className }: AddSubIdsButtonProps) {
  if (!isSafeHttpUrl(url)) return null;
  return (
    <button
      type="button"
      className={cn('btn', className)}
      // The visible words start the name, so "click Add sub-ids" works for voice control.
      aria-label={`Add sub-ids to ${linkName}`}
      onPointerEnter={preloadLinkBuilder}
      onFocus={preloadLinkBuilder}
      onClick={() => {
        requestBuild(linkId);
      }}
    >
      Add sub-ids
    </button>
  );
}
