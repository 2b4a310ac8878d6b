import type { Locator, Page } from '@playwright/test';

/** The Links page at /links (the links copied on offer pages), by the names in docs/automation.md. */
export class LinksPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/links');
  }

  /** The main navigation's link; the flagged count is its description, not its name. */
  get navLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Links', exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Links', exact: true });
  }

  get filter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter links', exact: true });
  }

  get offer(): Locator {
    return this.page.getByRole('combobox', { name: 'Offer', exact: true });
  }

  get flaggedOnly(): Locator {
    return this.page.getByRole('checkbox', { name: 'Flagged only', exact: true });
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Remembered links', exact: true });
  }

  get entries(): Locator {
    return this.list.getByRole('listitem');
  }

  /** An entry by text it holds (its URL, its offer's name, its note). */
  entry(text: string | RegExp): Locator {
    return this.entries.filter({ hasText: text });
  }

  copyLink(entry: Locator): Locator {
    return entry.getByRole('button', { name: 'Copy link', exact: true });
  }

  note(entry: Locator): Locator {
    return entry.getByRole('textbox', { name: 'Where I used it', exact: true });
  }

  deleteLink(entry: Locator): Locator {
    return entry.getByRole('button', { name: 'Delete link', exact: true });
  }

  offerLink(entry: Locator, offerName: string): Locator {
    return entry.getByRole('link', { name: offerName, exact: true });
  }

  get downloadCsv(): Locator {
    return this.page.getByRole('button', { name: 'Download CSV', exact: true });
  }

  get checkNow(): Locator {
    return this.page.getByRole('button', { name: 'Check now', exact: true });
  }
}
