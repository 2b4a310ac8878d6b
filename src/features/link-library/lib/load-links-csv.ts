/**
 * The CSV export's code (the table, papaparse) in its own chunk: the page loads it when
 * idle, or when Download CSV is hovered or focused; a click awaits it.
 */
export const loadLinksCsv = () => import('./download-links-csv');

/** Starts loading the export's code; a failure shows when a download is asked for. */
export function preloadLinksCsv(): void {
  loadLinksCsv().catch(() => undefined);
}
