import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { PageFallback } from '@/components/ui/page-fallback';

export interface LazyPage {
  /** Renders the page; shows a small fallback only if its code is not loaded yet. */
  Page: ComponentType;
  /** Starts loading the page's code (idempotent). */
  preload: () => Promise<unknown>;
}

/**
 * A route page in its own chunk. Once preloaded it renders synchronously, with no
 * Suspense fallback, so a page the app warmed up opens instantly.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const LazyComponent = lazy(() => preload().then((component) => ({ default: component })));

  function Page() {
    const Loaded = loaded;
    if (Loaded) return <Loaded />;
    return (
      <Suspense fallback={<PageFallback />}>
        <LazyComponent />
      </Suspense>
    );
  }

  return { Page, preload };
}
