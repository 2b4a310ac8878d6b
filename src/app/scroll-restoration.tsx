import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { readPositions, savePosition } from './scroll-positions';

/**
 * Back and Forward return to where the user was on that page; a new navigation starts
 * at the top. Positions are kept per history entry, for this tab.
 */
export function ScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  // The last position seen by a scroll event: read at navigation time, window.scrollY
  // may already be clamped to the new, shorter page.
  const lastY = useRef(0);
  const currentKey = useRef(location.key);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const onScroll = () => {
      lastY.current = window.scrollY;
    };
    const onPageHide = () => {
      savePosition(currentKey.current, lastY.current);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);

  useLayoutEffect(() => {
    currentKey.current = location.key;
    const saved = readPositions()[location.key];
    const savedY = typeof saved === 'number' ? saved : undefined;
    const target = navigationType === NavigationType.Pop && savedY !== undefined ? savedY : 0;
    // Skip a no-op scroll on first load, and never read layout here (a forced reflow).
    if (target !== 0 || lastY.current !== 0) window.scrollTo(0, target);
    lastY.current = target;
    return () => {
      savePosition(location.key, lastY.current);
    };
  }, [location.key, navigationType]);

  return null;
}
