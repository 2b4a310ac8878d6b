import { cn } from '@/lib/cn';
import type { LinkRef } from '@/lib/link-ids';
import { isSafeHttpUrl } from '@/lib/url-safety';
import { preloadLinkBuilder } from './load-link-builder';

interface AddSubIdsButtonProps {
  link: LinkRef;
  /** Asks the page's builder to open on this link. */
  onRequest: (link: LinkRef) => void;
  className?: string;
}

/**
 * Opens the link builder on this link, with the focus in its first sub-id field: the
 * bridge from a plain link (whose Copy button copies it as issued) to a built one. The
 * builder works only on http(s) links, so for others there is no button.
 */
export function AddSubIdsButton({ link, onRequest, className }: AddSubIdsButtonProps) {
  if (!isSafeHttpUrl(link.url)) return null;
  return (
    <button
      type="button"
      className={cn('btn', className)}
      // The visible words start the name, so "click Add sub-ids" works for voice control.
      aria-label={`Add sub-ids to ${link.name}`}
      onPointerEnter={preloadLinkBuilder}
      onFocus={preloadLinkBuilder}
      onClick={() => {
        onRequest(link);
      }}
    >
      Add sub-ids
    </button>
  );
}
