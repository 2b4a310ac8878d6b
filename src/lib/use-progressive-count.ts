import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw now: `chunk` at first, then `chunk` more in each
 * following task until all are drawn. A page with thousands of rows (metadata keys,
 * landing pages) then renders in tasks of a few milliseconds each instead of one that
 * blocks input for a fifth of a second; lists up to `chunk` long draw at once.
 */
export function useProgressiveCount(total: number, chunk: number): number {
  const [shown, setShown] = useState(chunk);
  useEffect(() => {
    if (shown >= total || chunk >= total) return;
    const timer = window.setTimeout(() => {
      setShown((count) => count + chunk);
    }, 0);
    return () => {
      window.clearTimeout(timer);
    };
  }, [shown, total, chunk]);
  return chunk >= total ? total : Math.min(shown, total);
}
