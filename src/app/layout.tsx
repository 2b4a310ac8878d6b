import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { useApiConfig } from '@/config/api-config-context';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { FlaggedCountBadge } from '@/features/link-library/components/flagged-count-badge';
import { useFlaggedCount } from '@/features/link-library/lib/use-flagged-count';
import { useApiClient } from '@/lib/api/api-client-context';
import { PageError } from './page-error';
import { ScrollRestoration } from './scroll-restoration';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';

const SOURCE_LABELS = {
  settings: 'from Settings',
  'config-file': 'from config.json',
  build: 'from the build',
  demo: 'the embedded demo API',
} as const;

/** The "N flagged" beside Links: its description, so the link's name stays "Links". */
const LINKS_FLAGGED_ID = 'links-flagged';

function navClass({ isActive }: { isActive: boolean }) {
  return cn(
    'rounded-md px-3 py-1.5 text-sm font-medium no-underline hover:bg-surface-2 hover:no-underline',
    isActive ? 'bg-accent-soft text-fg' : 'text-fg',
  );
}

export function Layout() {
  const { choice } = useApiConfig();
  const { pathname } = useLocation();
  const flagged = useFlaggedCount(useApiClient().cacheKey);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <NavLink
            to={paths.offers}
            className="flex items-center gap-2 text-lg font-bold text-fg no-underline hover:no-underline"
          >
            <img src="/favicon.svg" alt="" width="24" height="24" />
            Offers dashboard
          </NavLink>
          <div className="flex flex-wrap items-center gap-3">
            <nav aria-label="Main">
              <ul className="flex items-center gap-1">
                <li>
                  <NavLink to={paths.offers} className={navClass}>
                    Offers
                  </NavLink>
                </li>
                <li className="flex items-center">
                  <NavLink
                    to={paths.links}
                    className={navClass}
                    aria-describedby={flagged > 0 ? LINKS_FLAGGED_ID : undefined}
                  >
                    Links
                  </NavLink>
                  <FlaggedCountBadge id={LINKS_FLAGGED_ID} count={flagged} />
                </li>
                <li>
                  <NavLink to={paths.settings} className={navClass}>
                    Settings
                  </NavLink>
                </li>
              </ul>
            </nav>
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-6 focus:outline-none">
        {/* A page that fails shows why, and leaving it clears the failure. */}
        <ErrorBoundary resetKey={pathname} fallback={(error, reset) => <PageError error={error} onRetry={reset} />}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="border-t border-border">
        <p className="mx-auto max-w-6xl px-4 py-3 text-xs text-muted">
          API: <span className="font-mono break-all">{choice.url}</span> ({SOURCE_LABELS[choice.source]})
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
