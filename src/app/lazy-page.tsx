import type { ComponentType } from 'react';
import { PageFallback } from '@/components/ui/page-fallback';
import { lazyComponent } from '@/lib/lazy-component';

export interface LazyPage {
  /** Renders the page; shows a small fallback only if its code is not loaded yet. */
  Page: ComponentType;
  /** Starts loading the page's code (idempotent; never rejects). */
  preload: () => Promise<void>;
}

/** A route page in its own chunk; once preloaded it opens instantly. */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  const { Component, preload } = lazyComponent<object>(load, <PageFallback />);
  return { Page: Component, preload };
}
