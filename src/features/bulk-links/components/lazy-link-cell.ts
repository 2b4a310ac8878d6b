import { lazyComponent } from '@/lib/lazy-component';
import { loadRunCode } from '../lib/load-run-code';

/**
 * A row's links with their buttons, and what a copy is remembered as, with the run's code.
 * It loads with the run's tools, before any row has links: the empty fallback never shows.
 */
const linkCell = lazyComponent(() => loadRunCode().then((module) => module.LinkCell), null);

export const LinkCell = linkCell.Component;
export const preloadLinkCell = linkCell.preload;
