import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { AUTH_API_URL } from './ports.ts';

export { expect };

interface Guard {
  /** Requests the page made to the API, as "METHOD path?query". */
  apiRequests: () => string[];
}

/**
 * Every test runs under a guard that fails it when upstream data ran code (an alert,
 * a `window.__xss` marker set by the demo API's hostile offers), when the page threw,
 * or when the browser reported a Content-Security-Policy violation (in the console or
 * as a `securitypolicyviolation` event in the page).
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`A dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => problems.push(`Uncaught error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      // Chromium batches reports to report-to and may send them after the suite ends;
      // the page's own event is immediate.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations?: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
        });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/\/(v2\/offers|aff\/v1\/offers)/.test(url.pathname))
          requests.push(`${request.method()} ${url.pathname}${url.search}`);
      });
      await use({ apiRequests: () => [...requests] });
      if (!page.isClosed()) {
        const marker = await page
          .evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
          .catch(() => undefined);
        if (marker !== undefined) problems.push('Upstream data ran a script (window.__xss was set)');
        const violations = await page
          .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
          .catch(() => []);
        for (const violation of violations) problems.push(`CSP violation: ${violation}`);
      }
      expect(problems, 'the page stayed safe and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Reads the real system clipboard back in the browser. The dashboard's
 * Permissions-Policy allows only clipboard-write, so the read happens in a second tab
 * on another local origin (the e2e demo API), which sets no such policy.
 */
export async function readClipboard(page: Page): Promise<string> {
  const reader = await page.context().newPage();
  try {
    await reader.goto(`${AUTH_API_URL}/clipboard-reader`);
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
    await page.bringToFront();
  }
}

/** Runs axe (WCAG 2.x A/AA) over the page as it is now and expects no violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}
