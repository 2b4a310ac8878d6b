import { lazyCode } from '@/lib/lazy-code';

/**
 * The CSV export's code (the table, papaparse) in its own chunk: the page loads it when
 * idle, or when Download CSV is hovered or focused; a click awaits it.
 */
export const linksCsv = lazyCode(() => import('./download-links-csv'));
