import { lazy, Suspense, useState } from 'react';
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
 * Suspense fallback, so code the app warmed up shows without a flash. Each instance
 * keeps the element tree it started with, so nothing below it is remounted when the
 * code arrives (an open dialog stays open, focus stays put). A failed load throws to
 * the nearest error boundary and is tried again on the next render.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  // A function draws a fallback from the props: a placeholder the size of what will show.
  fallback: ReactNode | ((props: P) => ReactNode),
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
    // Decided once per instance: switching from the Suspense path to the loaded one
    // later would change the element type and remount everything below.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={typeof fallback === 'function' ? fallback(props) : fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }

  return { Component, preload };
}
