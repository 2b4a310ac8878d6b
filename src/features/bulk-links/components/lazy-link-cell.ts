import { lazyComponent } from '@/lib/lazy-component';

/**
 * A row's links with their buttons, and what a copy is remembered as, in their own chunk.
 * It loads with the run's tools, before any row has links: the empty fallback never shows.
 */
const linkCell = lazyComponent(() => import('./link-cell').then((module) => module.LinkCell), null);

export const LinkCell = linkCell.Component;
export const preloadLinkCell = linkCell.preload;
