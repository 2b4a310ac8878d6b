import { useEffect, useMemo, useRef } from 'react';

/** How long the pointer must rest on an item before it counts as intent to open it. */
const HOVER_INTENT_MS = 100;

export interface HoverIntent {
  /** The pointer entered `id`'s item: intent after a short rest. */
  enter: (id: string) => void;
  /** The pointer left before the rest was over: no intent. */
  leave: () => void;
  /** Keyboard focus is intent at once. */
  focus: (id: string) => void;
}

/**
 * Calls `onIntent` when the pointer rests on an item, not for every item it crosses:
 * sweeping over a 100-row table must not fire 100 prefetches. One timer per list.
 */
export function useHoverIntent(onIntent: (id: string) => void, delayMs = HOVER_INTENT_MS): HoverIntent {
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  return useMemo(
    () => ({
      enter: (id: string) => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => {
          timer.current = undefined;
          onIntent(id);
        }, delayMs);
      },
      leave: () => {
        window.clearTimeout(timer.current);
        timer.current = undefined;
      },
      focus: onIntent,
    }),
    [onIntent, delayMs],
  );
}
