import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** An offer as its row names it: by name, or by id when it has none. */
export interface OfferRef {
  readonly id: string;
  readonly name?: string | null | undefined;
}

type PagerButton = 'First' | 'Previous' | 'Next' | 'Last';

/** The offers list at /offers, by the names in docs/automation.md. */
export class OffersList {
  constructor(readonly page: Page) {}

  /** Opens the list; `query` is the URL's search part without "?" (status, page, per_page, q). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/offers?${query}` : '/offers');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Offers', exact: true });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search offers', exact: true });
  }

  get status(): Locator {
    return this.page.getByRole('combobox', { name: 'Status', exact: true });
  }

  get rowsPerPage(): Locator {
    return this.page.getByRole('combobox', { name: 'Rows per page', exact: true });
  }

  get offerId(): Locator {
    return this.page.getByRole('textbox', { name: 'Offer ID', exact: true });
  }

  get openOffer(): Locator {
    return this.page.getByRole('button', { name: 'Open offer', exact: true });
  }

  /** First, Previous, Next or Last page. */
  pager(which: PagerButton): Locator {
    return this.page.getByRole('button', { name: `${which} page`, exact: true });
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** One row header per offer shown. */
  get rows(): Locator {
    return this.table.getByRole('rowheader');
  }

  /** The nth row of the table, the header row being 0. */
  row(n: number): Locator {
    return this.table.getByRole('row').nth(n);
  }

  /** The absolute update time a row shows on hover or focus. */
  updatedTip(row: Locator): Locator {
    return row.getByTestId('absolute-time-tip');
  }

  /** The ids of the rows shown, once the page has settled (no dimmed previous rows). */
  async rowIds(): Promise<string[]> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
    return this.table.locator('tbody th span.font-mono').allTextContents();
  }

  /** The link that opens an offer, by its name. */
  offerLink(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  get selectAllOnPage(): Locator {
    return this.page.getByRole('checkbox', { name: 'Select all on this page', exact: true });
  }

  selectOffer(offer: OfferRef): Locator {
    const name = offer.name ? `Select ${offer.name}` : `Select offer ${offer.id}`;
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  get selection(): Locator {
    return this.page.getByRole('region', { name: 'Selection', exact: true });
  }

  /** "Select all N matching offers" (or "Select the first 5,000 of N matching offers"). */
  get selectAllMatching(): Locator {
    return this.selection.getByRole('button', { name: /^Select (all|the first) .* matching offers$/ });
  }

  get clearSelection(): Locator {
    return this.selection.getByRole('button', { name: 'Clear selection', exact: true });
  }

  /** The bulk action for `count` selected offers. */
  getTrackingLinks(count: number): Locator {
    const noun = count === 1 ? 'offer' : 'offers';
    return this.selection.getByRole('button', {
      name: `Get tracking links for ${count.toLocaleString('en-US')} ${noun}`,
      exact: true,
    });
  }

  get recentlyViewed(): Locator {
    return this.page.getByRole('navigation', { name: 'Recently viewed offers', exact: true });
  }

  recentOffer(name: string): Locator {
    return this.recentlyViewed.getByRole('link', { name, exact: true });
  }
}
