import { useEffect, useState } from 'react';

/** The server variable that adds origins to the CSP connect-src (see server/options.ts). */
export const CSP_CONNECT_SRC_VAR = 'CSP_CONNECT_SRC';

/**
 * The origin a `securitypolicyviolation` event says the CSP connect-src blocked, or null
 * for any other violation. Older browsers put the whole directive in violatedDirective.
 */
export function connectSrcBlockedOrigin(event: Event): string | null {
  const { effectiveDirective, violatedDirective, blockedURI } = event as Partial<SecurityPolicyViolationEvent>;
  const directive = [effectiveDirective, violatedDirective].find((value) => typeof value === 'string' && value !== '');
  if (directive?.split(' ')[0] !== 'connect-src' || typeof blockedURI !== 'string') return null;
  return originOf(blockedURI);
}

/**
 * Origins this page was not allowed to call (connect-src), as the browser reports them
 * while the component is mounted. The report may come before or after the failed
 * request settles, so this is state the view reads, not a check at one moment.
 */
export function useBlockedConnectOrigins(): ReadonlySet<string> {
  const [origins, setOrigins] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    function onViolation(event: Event) {
      const origin = connectSrcBlockedOrigin(event);
      if (origin === null) return;
      setOrigins((current) => (current.has(origin) ? current : new Set([...current, origin])));
    }
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => {
      document.removeEventListener('securitypolicyviolation', onViolation);
    };
  }, []);
  return origins;
}

/** The origin of an absolute http(s) URL, or null (not a URL, or an opaque origin). */
export function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
