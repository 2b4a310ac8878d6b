import { useState } from 'react';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { WarningIcon } from '@/components/ui/icons';
import { parsePixel } from '../lib/parse-pixel';
import { issuedLink } from '@/lib/copied-link';

/** A 1×1 pixel would be invisible: its frame is drawn at least this big. */
const MIN_FRAME_PX = 24;
const MAX_FRAME_PX = 320;

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/** What the live region says; empty until the user loads the pixel. */
const LOAD_MESSAGES: Record<LoadState, string> = {
  idle: '',
  loading: 'Loading the pixel: this registered an impression.',
  loaded: 'Pixel loaded: this registered an impression.',
  failed: 'The pixel URL did not return an image.',
};

function frameSize(value: number | null): number {
  return Math.min(Math.max(value ?? MIN_FRAME_PX, MIN_FRAME_PX), MAX_FRAME_PX);
}

const size = (width: number, height: number) => `${width} × ${height} px`;

/**
 * Says how the frame's size relates to the declared one, so a 1×1 pixel drawn in a
 * 24×24 frame is not mistaken for a 24×24 image.
 */
function describeFrame(
  declaredWidth: number | null,
  declaredHeight: number | null,
  width: number,
  height: number,
): string {
  const drawn = size(width, height);
  if (declaredWidth === null || declaredHeight === null) {
    const missing = [declaredWidth === null && 'width', declaredHeight === null && 'height']
      .filter(Boolean)
      .join(' and ');
    return `The snippet declares no ${missing}: the dashed frame is ${drawn}.`;
  }
  const declared = size(declaredWidth, declaredHeight);
  if (width === declaredWidth && height === declaredHeight)
    return `The dashed frame is the pixel's declared size, ${drawn}.`;
  if (width >= declaredWidth && height >= declaredHeight) {
    return `The dashed frame is enlarged to ${drawn} so you can see it; the pixel inside it is drawn at its declared ${declared}.`;
  }
  if (width <= declaredWidth && height <= declaredHeight) {
    return `The dashed frame is reduced to ${drawn} to fit here; the pixel (declared ${declared}) is shrunk to fit inside it.`;
  }
  return `The dashed frame is ${drawn}, resized to be seen and to fit here; the pixel (declared ${declared}) is shrunk where it does not fit.`;
}

/**
 * Shows what an impression pixel snippet is, without running it: we parse it, accept
 * one <img> with an http(s) src and draw it with React. The pixel URL is requested only
 * when the user asks, because loading it registers a real impression.
 */
export function PixelPreview({
  snippet,
  renderUrlAction,
}: {
  snippet: string;
  /** An action next to the pixel URL's copy button, as the page composing the panel wants one. */
  renderUrlAction?: ((url: string) => ReactNode) | undefined;
}) {
  const [load, setLoad] = useState<LoadState>('idle');
  const pixel = parsePixel(snippet);

  if (pixel.kind === 'empty') {
    return <p className="text-sm text-muted">This offer has no impression pixel: the API sent an empty snippet.</p>;
  }
  if (pixel.kind === 'unsafe') {
    return (
      <div role="note" className="flex gap-2 rounded-md border border-warning/50 bg-warning-soft p-3 text-sm">
        <WarningIcon className="mt-0.5 size-4 shrink-0 text-warning" />
        <p>
          <strong>Not previewed:</strong> this snippet is not a single safe image tag ({pixel.reason}). It is shown only
          as text above. Check it with your network before you use it.
        </p>
      </div>
    );
  }

  const width = frameSize(pixel.width);
  const height = frameSize(pixel.height);
  const declared = `${pixel.width ?? '?'} × ${pixel.height ?? '?'} px`;

  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Pixel URL</dt>
        <dd className="font-mono break-all">{pixel.src}</dd>
        <dt className="text-muted">Declared size</dt>
        <dd>{declared}</dd>
        {pixel.attributes
          .filter((attribute) => !['src', 'width', 'height'].includes(attribute.name))
          .map((attribute) => (
            <div key={attribute.name} className="contents">
              <dt className="font-mono text-muted">{attribute.name}</dt>
              <dd className="font-mono break-all">{attribute.value || '(no value)'}</dd>
            </div>
          ))}
      </dl>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton
          text={pixel.src}
          what="impression pixel URL"
          link={issuedLink('pixel-url', 'impression pixel URL', 'pixel', pixel.src)}
        />
        <span className="text-sm text-muted">the pixel URL alone, without the &lt;img&gt; tag</span>
        {renderUrlAction?.(pixel.src)}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <div
          data-testid="pixel-frame"
          className="flex items-center justify-center rounded border border-dashed border-muted bg-surface-2"
          style={{ width, height }}
        >
          {load === 'idle' ? (
            <span className="sr-only">Pixel not loaded</span>
          ) : (
            <img
              src={pixel.src}
              width={pixel.width ?? undefined}
              height={pixel.height ?? undefined}
              alt="Impression pixel"
              className="max-h-full max-w-full object-contain"
              referrerPolicy="no-referrer"
              onLoad={() => {
                setLoad('loaded');
              }}
              onError={() => {
                setLoad('failed');
              }}
            />
          )}
        </div>
        {load === 'idle' && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setLoad('loading');
            }}
          >
            Load pixel (fires an impression)
          </button>
        )}
        {/* Mounted (empty) from the start: screen readers announce a change to a live
            region they already know, not one inserted with its text. */}
        <p className="text-sm" role="status">
          {LOAD_MESSAGES[load]}
        </p>
      </div>
      <p className="text-xs text-muted">{describeFrame(pixel.width, pixel.height, width, height)}</p>
      <p className="text-xs text-muted">
        The preview does not request the pixel URL until you load it, since each load counts as an impression.
      </p>
    </div>
  );
}
