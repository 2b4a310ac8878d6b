import { noteFor } from '@/contract';
import { CopyButton } from '@/components/ui/copy-button';
import { RefreshIcon } from '@/components/ui/icons';
import { NotGiven } from '@/components/ui/not-given';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { ReadOffer as Offer } from '@/contract';

interface OfferHeaderProps {
  offer: Offer;
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
}

export function OfferHeader({ offer, updatedAt, refreshing, onRefresh }: OfferHeaderProps) {
  const now = useNow(1_000);
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 text-2xl font-bold wrap-anywhere sm:text-3xl">
            {offer.name === undefined ? '(name not given)' : offer.name || '(unnamed offer)'}
          </h1>
          {offer.status === undefined ? (
            <span className="text-sm">
              Status: <NotGiven note={noteFor(offer.notes, 'status')} />
            </span>
          ) : (
            <StatusBadge status={offer.status} />
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span>
            Offer ID <code className="text-fg">{offer.id}</code>
          </span>
          <CopyButton text={offer.id} what="offer ID" compact />
        </div>
      </div>
      <div className="flex flex-col items-end gap-1">
        {/* aria-disabled, not disabled: a button that disables itself would drop keyboard focus to the page. */}
        <button
          type="button"
          className="btn"
          aria-disabled={refreshing || undefined}
          onClick={() => {
            if (!refreshing) onRefresh();
          }}
        >
          <RefreshIcon className={refreshing ? 'animate-spin' : undefined} />
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
        <p className="text-xs text-muted" aria-live="off">
          Updated {formatRelative(new Date(updatedAt), now)}
        </p>
      </div>
    </header>
  );
}
