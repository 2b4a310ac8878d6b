import { useEffect, useRef } from 'react';
import { loadListParts } from './lazy-list-parts';

const ignore = () => undefined;

/**
 * Escape hides the table's time tips (see tip-dismissal). Its code comes with the list's
 * later parts, asked for as the table mounts: long before a tip is shown and dismissed.
 */
export function useDismissibleTips() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let detach: (() => void) | undefined;
    let mounted = true;
    loadListParts().then((parts) => {
      if (mounted) detach = parts.dismissTipsOnEscape(container);
    }, ignore);
    return () => {
      mounted = false;
      detach?.();
    };
  }, []);
  return ref;
}
