import { noteFor } from '@/contract';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { NotGiven } from '@/components/ui/not-given';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import type { ReadOffer as Offer, UnlinkedOfferRow } from '@/contract';
import { OfferRowCells } from './offer-row-cells';
import { useHoverIntent } from '../lib/use-hover-intent';

interface OffersTableProps {
  offers: readonly Offer[];
  /** Rows sent without a usable id, shown after the others. */
  unlinked?: readonly UnlinkedOfferRow[];
  now: number;
  dimmed: boolean;
  caption: string;
  onIntent: (id: string) => void;
  /** Router state for the links to each offer (how to get back to this list). */
  linkState?: unknown;
}

/**
 * Escape hides the time tips (WCAG 1.4.13: dismissible without moving focus or the
 * pointer) until focus moves or the pointer goes to another row.
 */
function useDismissibleTips() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let dismissedRow: Element | null = null;
    const show = () => {
      dismissedRow = null;
      delete container.dataset.tips;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || container.dataset.tips === 'hidden') return;
      const hovered = container.querySelector('tr:hover');
      const focused = document.activeElement?.closest('tr') ?? null;
      if (!hovered && !(focused && container.contains(focused))) return;
      dismissedRow = hovered ?? focused;
      container.dataset.tips = 'hidden';
    };
    const onPointerOver = (event: PointerEvent) => {
      if (container.dataset.tips !== 'hidden') return;
      const row = event.target instanceof Element ? event.target.closest('tr') : null;
      if (row !== dismissedRow) show();
    };
    window.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', show);
    container.addEventListener('pointerover', onPointerOver);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', show);
      container.removeEventListener('pointerover', onPointerOver);
    };
  }, []);
  return ref;
}

/**
 * The offers of one page. On narrow screens it scrolls sideways with the name column
 * pinned, so every column stays reachable without losing which row is which.
 */
export function OffersTable({ offers, unlinked = [], now, dimmed, caption, onIntent, linkState }: OffersTableProps) {
  const intent = useHoverIntent(onIntent);
  const tipsRef = useDismissibleTips();
  return (
    <div
      ref={tipsRef}
      className={cn(
        'group/table relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity',
        dimmed && 'opacity-60',
      )}
      aria-busy={dimmed || undefined}
    >
      <table className="w-full min-w-[44rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-2 text-left">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-surface-2 px-3 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Payout
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Platform
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Advertiser
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => {
            return (
              <tr
                key={offer.id}
                className="group/row border-t border-border hover:bg-surface-2"
                onPointerEnter={() => {
                  intent.enter(offer.id);
                }}
                onPointerLeave={intent.leave}
              >
                <th
                  scope="row"
                  className="sticky left-0 max-w-[14rem] bg-surface px-3 py-2 text-left font-medium group-hover/row:bg-surface-2 sm:max-w-sm"
                >
                  <Link
                    to={paths.offer(offer.id)}
                    state={linkState}
                    className="block break-words"
                    onFocus={() => {
                      intent.focus(offer.id);
                    }}
                  >
                    {offer.name === undefined ? '(name not given)' : offer.name || '(unnamed offer)'}
                  </Link>
                  <span className="block truncate font-mono text-xs font-normal text-muted">{offer.id}</span>
                </th>
                <OfferRowCells offer={offer} now={now} />
              </tr>
            );
          })}
          {unlinked.map((offer, index) => (
            // No usable id: the row shows what it has, but there is no page to open.
            <tr key={`unlinked-${String(index)}`} className="group/row border-t border-border bg-warning-soft">
              <th
                scope="row"
                className="sticky left-0 max-w-[14rem] bg-warning-soft px-3 py-2 text-left font-medium sm:max-w-sm"
              >
                <span className="block break-words">{offer.name ?? '(name not given)'}</span>
                <span className="block text-xs font-normal">
                  No usable ID, so this offer cannot be opened: <NotGiven note={noteFor(offer.notes, 'id')} />
                </span>
              </th>
              <OfferRowCells offer={offer} now={now} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
