import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { usePrefetchOffer } from '../api/use-prefetch-offer';
import { listContext, neighbours } from '../lib/list-context';
import { useRecentOffersScope } from '../lib/recent-offers';
import { ShortcutsDialog } from './shortcuts-dialog';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Back to the list and previous/next offer within the list the user came from, with
 * keyboard shortcuts (listed in a dialog opened with "?").
 */
export function OfferPager({ offerId }: { offerId: string }) {
  // Offers the page records as recently viewed are filed under the API in use.
  useRecentOffersScope();
  const context = useMemo(() => listContext.read(), []);
  const { previous, next } = neighbours(context, offerId);
  const navigate = useNavigate();
  const prefetch = usePrefetchOffer();
  const [helpOpen, setHelpOpen] = useState(false);
  const backHref = context?.href ?? paths.offers;

  useEffect(() => {
    if (previous) prefetch(previous);
    if (next) prefetch(next);
  }, [previous, next, prefetch]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if ((event.key === 'j' || event.key === 'ArrowRight') && next) {
        void navigate(paths.offer(next));
      } else if ((event.key === 'k' || event.key === 'ArrowLeft') && previous) {
        void navigate(paths.offer(previous));
      } else if (event.key === 'u') {
        void navigate(backHref);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [navigate, next, previous, backHref]);

  return (
    <nav aria-label="Offer navigation" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <Link to={backHref}>‹ Back to offers</Link>
      <div className="flex flex-wrap items-center gap-2">
        {previous ? (
          <Link className="btn no-underline" to={paths.offer(previous)} aria-keyshortcuts="k">
            Previous offer
          </Link>
        ) : null}
        {next ? (
          <Link className="btn no-underline" to={paths.offer(next)} aria-keyshortcuts="j">
            Next offer
          </Link>
        ) : null}
        <button
          type="button"
          className="btn"
          aria-keyshortcuts="?"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          Keyboard shortcuts
        </button>
      </div>
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
    </nav>
  );
}
