import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { paths } from '@/config/paths';
import { lazyComponent } from '@/lib/lazy-component';
import { nextStepState, readListReturn } from '../lib/list-return';
import { shortcutSettings } from '../lib/shortcut-settings';
import type { Neighbours } from './list-neighbours';
import { loadOfferPageLater } from './load-offer-page-later';

// Help is rarely opened: its code loads on demand, warmed up when the pointer or focus
// reaches the button.
const ShortcutsDialog = lazyComponent(
  () => import('./shortcuts-dialog').then((module) => module.ShortcutsDialog),
  null,
);

// Which offers are next to this one comes from the list's pages (stored, cached or
// fetched): a chunk of its own, fetched as soon as this module runs (when the list warms
// this page up, or alongside the offer's requests). Until it reports, the pager shows
// what a visit without a list shows: "Back to offers" and no steps.
const ListNeighbours = lazyComponent(() => loadOfferPageLater().then((module) => module.ListNeighbours), null);
void ListNeighbours.preload();
// The single-key shortcuts come in the same chunk.
const PagerKeys = lazyComponent(() => loadOfferPageLater().then((module) => module.PagerKeys), null);

function preloadHelp() {
  void ShortcutsDialog.preload();
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Back to the list and previous/next offer within the list the user came from, with
 * single-key shortcuts (listed in a dialog opened with "?", where they can be turned off).
 */
export function OfferPager({
  offerId,
  onNeighbourIntent,
}: {
  offerId: string;
  /** Warms up the previous and next offers, so stepping to one shows it at once. Keep it stable. */
  onNeighbourIntent: (id: string) => void;
}) {
  const [found, setFound] = useState<Neighbours | null>(null);
  // Until this offer's neighbours are known, none is offered.
  const { previous, next } = found?.offerId === offerId ? found : {};
  const location = useLocation();
  const navigate = useNavigate();
  const shortcutsOn = useSyncExternalStore(shortcutSettings.subscribe, shortcutSettings.getSnapshot);
  // Mounted on first request (its code loads then), then kept so it can close. Each
  // request clears a failed load, so the chunk is tried again.
  const [help, setHelp] = useState<{ open: boolean; attempt: number } | null>(null);

  // When the list is that many entries back in history (the user came from it), going
  // back to it is a Back: the browser's entry, with its scroll position, not a new one.
  const fromList = readListReturn(location.state);
  // Before the list is read, the list the user came from (in the history entry) is the way back.
  const backHref = found ? (found.backHref ?? paths.offers) : (fromList?.href ?? paths.offers);
  const returnDepth = fromList?.href === backHref ? fromList.depth : undefined;
  // Derived from the history entry, so the shortcut keys' listener is not re-attached on
  // every render.
  const stepState = useMemo(() => nextStepState(location.state), [location.state]);

  const backToList = useCallback(() => {
    if (returnDepth !== undefined) void navigate(-returnDepth);
    else void navigate(backHref);
  }, [navigate, returnDepth, backHref]);

  const openHelp = useCallback(() => {
    setHelp((current) => ({ open: true, attempt: (current?.attempt ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    if (previous) onNeighbourIntent(previous);
    if (next) onNeighbourIntent(next);
  }, [previous, next, onNeighbourIntent]);

  return (
    <nav aria-label="Offer navigation" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <Link
        to={backHref}
        aria-keyshortcuts={shortcutsOn ? 'u' : undefined}
        onClick={(event) => {
          if (returnDepth === undefined || !isPlainClick(event)) return;
          event.preventDefault();
          backToList();
        }}
      >
        ‹ Back to offers
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        {[
          { id: previous, label: 'Previous offer', shortcut: 'k' },
          { id: next, label: 'Next offer', shortcut: 'j' },
        ].map(({ id, label, shortcut }) =>
          id ? (
            <Link
              key={shortcut}
              className="btn no-underline"
              to={paths.offer(id)}
              state={stepState}
              aria-keyshortcuts={shortcutsOn ? shortcut : undefined}
            >
              {label}
            </Link>
          ) : null,
        )}
        <button
          type="button"
          className="btn"
          aria-keyshortcuts={shortcutsOn ? '?' : undefined}
          onPointerEnter={preloadHelp}
          onFocus={preloadHelp}
          onClick={openHelp}
        >
          Keyboard shortcuts
        </button>
      </div>
      <ErrorBoundary resetKey={offerId} fallback={() => null}>
        {/* Without this code the pager still goes back to the offers: no error to show. */}
        <ListNeighbours.Component offerId={offerId} onChange={setFound} />
        {shortcutsOn && (
          <PagerKeys.Component
            previous={previous}
            next={next}
            stepState={stepState}
            backToList={backToList}
            openHelp={openHelp}
          />
        )}
      </ErrorBoundary>
      {help && (
        <ErrorBoundary
          resetKey={help.attempt}
          fallback={() => (
            <p role="alert" className="w-full text-sm">
              The keyboard shortcuts help could not be loaded. Check your connection and try again.
            </p>
          )}
        >
          <ShortcutsDialog.Component
            open={help.open}
            onClose={() => {
              setHelp((current) => current && { ...current, open: false });
            }}
          />
        </ErrorBoundary>
      )}
    </nav>
  );
}
