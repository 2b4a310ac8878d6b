import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { AnnouncerContext } from './announcer-context';

/** One polite live region for the whole app, so screen readers hear short confirmations. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clear first so repeating the same message is announced again.
    setMessage('');
    window.setTimeout(() => {
      setMessage(text);
    }, 50);
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}
