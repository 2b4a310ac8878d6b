/**
 * Runs `task` once the browser is idle (or after `timeoutMs` at the latest), so warm-up
 * work never competes with the page's own first render. Returns a cancel function.
 * Browsers without requestIdleCallback wait `fallbackMs` instead.
 */
export function whenIdle(task: () => void, { timeoutMs = 3_000, fallbackMs = 300 } = {}): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = window.setTimeout(task, fallbackMs);
  return () => {
    window.clearTimeout(id);
  };
}
