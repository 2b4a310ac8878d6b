import type { Locator, Page } from '@playwright/test';

/** What every page has: the main navigation and the theme, by the names in docs/automation.md. */
export class AppShell {
  constructor(readonly page: Page) {}

  get mainNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main', exact: true });
  }

  /** A link of the main navigation: Offers, Settings (and Links). */
  navLink(name: string): Locator {
    return this.mainNav.getByRole('link', { name, exact: true });
  }

  get theme(): Locator {
    return this.page.getByRole('combobox', { name: 'Theme', exact: true });
  }
}
