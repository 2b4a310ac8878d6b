/**
 * In-page timing for the bench. A MutationObserver, installed before any of the app's
 * scripts run, notes `performance.now()` (ms since navigation start) the first time
 * each thing the user waits for is in the DOM and not hidden:
 *
 * - rows: the first row of the offers table (`table tbody tr`; the loading skeleton has none);
 * - heading: an `h1` whose text is `window.__bench.targets.heading`;
 * - trackingLinks: the "Copy tracking link" button.
 *
 * With `targets.clickArmed`, the next click's `event.timeStamp` (same clock) is kept too.
 *
 * The script is a string on purpose: tsx compiles with esbuild's keepNames, which wraps
 * named functions in a `__name` helper that does not exist in the page, so a serialized
 * TypeScript function with inner functions would fail there. Strings are only ever
 * evaluated through the DevTools protocol (addInitScript, page.evaluate), never through
 * Playwright's string predicates: those use eval() in the page, which the app's CSP
 * forbids.
 */

export interface PageMarks {
  readonly rows?: number;
  readonly heading?: number;
  readonly trackingLinks?: number;
  readonly click?: number;
}

const TRACKING_LINK_BUTTON = 'Copy tracking link';

export function marksScript(heading: string | null): string {
  return `(() => {
  const marks = {};
  const targets = { heading: ${JSON.stringify(heading)}, clickArmed: false };
  window.__bench = { marks, targets };
  document.addEventListener('click', (event) => {
    if (targets.clickArmed && marks.click === undefined) marks.click = event.timeStamp;
  }, true);
  const shown = (element) => typeof element.checkVisibility !== 'function' || element.checkVisibility();
  const text = (element) => (element.textContent || '').trim();
  const check = () => {
    const now = performance.now();
    if (marks.rows === undefined) {
      const row = document.querySelector('table tbody tr');
      if (row && shown(row)) marks.rows = now;
    }
    if (marks.heading === undefined && targets.heading !== null) {
      for (const h1 of document.querySelectorAll('h1')) {
        if (text(h1) === targets.heading && shown(h1)) { marks.heading = now; break; }
      }
    }
    if (marks.trackingLinks === undefined) {
      for (const button of document.querySelectorAll('button')) {
        const name = button.getAttribute('aria-label') || text(button);
        if (name === ${JSON.stringify(TRACKING_LINK_BUTTON)} && shown(button)) { marks.trackingLinks = now; break; }
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;
}

/** Expression: the marks so far (a plain object, or undefined before the script ran). */
export const READ_MARKS = 'window.__bench && window.__bench.marks';

/** The page's global as the marks script leaves it, for functions evaluated in the page. */
export interface MarkedWindow {
  readonly __bench?: { readonly marks: Readonly<Record<string, unknown>> };
}

/** Expression: look for a new heading and keep the next click's time. */
export function armClickToHeading(heading: string): string {
  return `(() => {
  window.__bench.targets.heading = ${JSON.stringify(heading)};
  window.__bench.targets.clickArmed = true;
  delete window.__bench.marks.heading;
  delete window.__bench.marks.click;
})()`;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Validates what READ_MARKS returned. */
export function toPageMarks(value: unknown): PageMarks {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const marks: { -readonly [K in keyof PageMarks]: PageMarks[K] } = {};
  for (const key of ['rows', 'heading', 'trackingLinks', 'click'] as const) {
    const number = optionalNumber(record[key]);
    if (number !== undefined) marks[key] = number;
  }
  return marks;
}
