import { Skeleton } from '@/components/ui/skeleton';

/** The panel's shape while the links (or the code that shows them) load. */
export function PanelSkeleton() {
  return (
    <div data-testid="tracking-links-skeleton" aria-busy="true" className="space-y-3">
      <p className="sr-only" role="status">
        Loading tracking links…
      </p>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-9 w-full" />
    </div>
  );
}
