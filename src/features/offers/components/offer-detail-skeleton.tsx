import { Skeleton } from '@/components/ui/skeleton';

/** Placeholder in the detail page's shape while the offer loads. */
export function OfferDetailSkeleton() {
  return (
    <div data-testid="offer-detail-skeleton" aria-busy="true" className="space-y-6">
      <p className="sr-only" role="status">
        Loading offer…
      </p>
      <div className="space-y-3">
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-4 w-64" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {[0, 1].map((card) => (
          <div key={card} className="card space-y-4">
            <Skeleton className="h-5 w-40" />
            <div className="grid gap-4 sm:grid-cols-2">
              {[0, 1, 2, 3, 4, 5].map((row) => (
                <div key={row} className="space-y-1.5">
                  <Skeleton className="h-3 w-20" />
                  <Skeleton className="h-4 w-32" />
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
