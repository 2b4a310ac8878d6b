import { lazy, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';

export interface LazyComponent<P extends object> {
  /** Renders the component; shows `fallback` only while its code is still loading. */
  Component: ComponentType<P>;
  /**
   * Starts loading the code (idempotent). Never rejects: a failed load shows when the
   * component renders, through the nearest error boundary.
   */
  preload: () => Promise<void>;
}

/**
 * A component in its own chunk. Once preloaded it renders synchronously, with no
 * Suspense fallback, so code the app warmed up shows without a flash. A failed load
 * throws to the nearest error boundary and is tried again on the next render.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  // React.lazy remembers a failure for good, so a failed load gets a fresh one.
  const makeLazy = () => lazy(() => fetchCode().then((component) => ({ default: component })));
  let Lazy = makeLazy();
  const fetchCode = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = undefined;
        Lazy = makeLazy();
        throw error;
      },
    ));
  const preload = () =>
    fetchCode().then(
      () => undefined,
      () => undefined,
    );

  function Component(props: P) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }

  return { Component, preload };
}
