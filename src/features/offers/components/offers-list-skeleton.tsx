import { Skeleton } from '@/components/ui/skeleton';

export function OffersListSkeleton({ rows }: { rows: number }) {
  return (
    <div data-testid="offers-list-skeleton" aria-busy="true" className="rounded-lg border border-border bg-surface">
      <p className="sr-only" role="status">
        Loading offers…
      </p>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex items-center gap-4 border-t border-border px-3 py-3 first:border-0">
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-4 w-16" />
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-4 w-24" />
        </div>
      ))}
    </div>
  );
}
