import type { ReactNode } from 'react';
import { noteFor } from '@/contract';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { CopyableValue } from '@/components/ui/copyable-value';
import { NotGiven } from '@/components/ui/not-given';
import { Skeleton } from '@/components/ui/skeleton';
import type { FieldNote } from '@/contract';
import { lazyComponent } from '@/lib/lazy-component';

/** About the height of the pixel block, so the panel does not jump when it arrives. */
function PixelPreviewSkeleton() {
  return (
    <div aria-busy="true" className="space-y-3">
      <Skeleton className="h-16 w-full" />
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-4 w-full" />
    </div>
  );
}

// The pixel preview (with its snippet parser) is below the main link and not needed for
// the first screen: it is a chunk of its own, and its download starts as soon as this
// module runs, so it arrives alongside the tracking-links request.
const PixelPreview = lazyComponent(
  () => import('./pixel-preview').then((module) => module.PixelPreview),
  <PixelPreviewSkeleton />,
);
void PixelPreview.preload();

/** The impression pixel: its snippet to copy and a safe preview; or why there is none. */
interface ImpressionPixelProps {
  snippet: string | undefined;
  notes: readonly FieldNote[];
  /** Something to show beside the pixel URL (a QR code button, from the page). */
  renderUrlAction?: ((url: string) => ReactNode) | undefined;
}

export function ImpressionPixel({ snippet, notes, renderUrlAction }: ImpressionPixelProps) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-muted">Impression pixel</h3>
      {snippet === undefined ? (
        <p className="text-sm">
          <NotGiven note={noteFor(notes, 'impression_pixel')} />
        </p>
      ) : snippet.trim() ? (
        <>
          <CopyableValue value={snippet} what="impression pixel" />
          <ErrorBoundary
            resetKey={snippet}
            fallback={() => (
              <p role="alert" className="text-sm">
                The pixel preview could not be loaded. Reload the page to try again; the snippet above can still be
                copied.
              </p>
            )}
          >
            {/* Keyed by snippet: a refresh that brings a different pixel starts unloaded,
                so no impression fires without a click. */}
            <PixelPreview.Component key={snippet} snippet={snippet} renderUrlAction={renderUrlAction} />
          </ErrorBoundary>
        </>
      ) : (
        <p className="text-sm text-muted">This offer has no impression pixel: the API sent an empty snippet.</p>
      )}
    </div>
  );
}
