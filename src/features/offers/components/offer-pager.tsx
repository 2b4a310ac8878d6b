import { useCallback, useEffect, useState } from 'react';
import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useListNeighbours } from '../api/use-list-neighbours';
import { usePrefetchOffer } from '../api/use-prefetch-offer';
import { nextStepState, readListReturn } from '../lib/list-return';
import { useRecentOffersScope } from '../lib/recent-offers';
import { ShortcutsDialog } from './shortcuts-dialog';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Back to the list and previous/next offer within the list the user came from, with
 * keyboard shortcuts (listed in a dialog opened with "?").
 */
export function OfferPager({ offerId }: { offerId: string }) {
  // Offers the page records as recently viewed are filed under the API in use.
  useRecentOffersScope();
  const { previous, next, backHref = paths.offers } = useListNeighbours(offerId);
  const location = useLocation();
  const navigate = useNavigate();
  const prefetch = usePrefetchOffer();
  const [helpOpen, setHelpOpen] = useState(false);

  // When the list is that many entries back in history (the user came from it), going
  // back to it is a Back: the browser's entry, with its scroll position, not a new one.
  const fromList = readListReturn(location.state);
  const returnDepth = fromList?.href === backHref ? fromList.depth : undefined;
  const stepState = nextStepState(location.state);

  const backToList = useCallback(() => {
    if (returnDepth !== undefined) void navigate(-returnDepth);
    else void navigate(backHref);
  }, [navigate, returnDepth, backHref]);

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
        void navigate(paths.offer(next), { state: stepState });
      } else if ((event.key === 'k' || event.key === 'ArrowLeft') && previous) {
        void navigate(paths.offer(previous), { state: stepState });
      } else if (event.key === 'u') {
        backToList();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [navigate, next, previous, stepState, backToList]);

  return (
    <nav aria-label="Offer navigation" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <Link
        to={backHref}
        onClick={(event) => {
          if (returnDepth === undefined || !isPlainClick(event)) return;
          event.preventDefault();
          backToList();
        }}
      >
        ‹ Back to offers
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        {previous ? (
          <Link
            className="btn no-underline"
            to={paths.offer(previous)}
            state={stepState}
            aria-keyshortcuts="k"
          >
            Previous offer
          </Link>
        ) : null}
        {next ? (
          <Link
            className="btn no-underline"
            to={paths.offer(next)}
            state={stepState}
            aria-keyshortcuts="j"
          >
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
