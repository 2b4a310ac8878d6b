/** Shown for the moment a page's code is still loading. */
export function PageFallback() {
  return (
    <p role="status" className="text-muted">
      Loading…
    </p>
  );
}
