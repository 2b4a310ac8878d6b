import type { Locator, Page } from '@playwright/test';

/** The bulk run at /bulk, by the names in docs/automation.md. */
export class BulkPage {
  constructor(readonly page: Page) {}

  /** The h1, "Tracking links for 26 offers". */
  heading(count: number): Locator {
    const noun = count === 1 ? 'offer' : 'offers';
    return this.page.getByRole('heading', { level: 1, name: `Tracking links for ${count} ${noun}`, exact: true });
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Offers settled', exact: true });
  }

  /** The run's status words, e.g. "Finished." */
  statusText(text: string): Locator {
    return this.page.getByRole('region', { name: 'Progress', exact: true }).getByText(text, { exact: true });
  }

  get finished(): Locator {
    return this.statusText('Finished.');
  }

  get cancel(): Locator {
    return this.page.getByRole('button', { name: 'Cancel', exact: true });
  }

  /** "Retry failed (n)". */
  get retryFailed(): Locator {
    return this.page.getByRole('button', { name: /^Retry failed \(\d+\)$/ });
  }

  /** "Fetch the rest (n)". */
  get fetchTheRest(): Locator {
    return this.page.getByRole('button', { name: /^Fetch the rest \(\d+\)$/ });
  }

  /** Sub-id 1 to 5. */
  subId(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Sub-id ${n}`, exact: true });
  }

  get source(): Locator {
    return this.page.getByRole('textbox', { name: 'Source', exact: true });
  }

  get preset(): Locator {
    return this.page.getByRole('combobox', { name: 'Preset', exact: true });
  }

  get clearSubIds(): Locator {
    return this.page.getByRole('button', { name: 'Clear sub-ids', exact: true });
  }

  get results(): Locator {
    return this.page.getByRole('table', { name: 'Tracking links of the offers in the run', exact: true });
  }

  /** An offer's row, by the id in its first cell. */
  row(offerId: string): Locator {
    return this.results.getByRole('row').filter({ has: this.page.getByRole('cell', { name: offerId, exact: true }) });
  }

  /** A cell of the results with exactly this text (an outcome: "Done", "Failed"…). */
  cell(text: string): Locator {
    return this.results.getByRole('cell', { name: text, exact: true });
  }

  get downloadCsv(): Locator {
    return this.page.getByRole('button', { name: 'Download CSV', exact: true });
  }

  get downloadCsvPerLink(): Locator {
    return this.page.getByRole('button', { name: 'Download CSV, one row per link', exact: true });
  }

  get copyAsTsv(): Locator {
    return this.page.getByRole('button', { name: 'Copy as TSV', exact: true });
  }

  get downloadJson(): Locator {
    return this.page.getByRole('button', { name: 'Download JSON', exact: true });
  }

  /** `offerName` is the offer's name, or "offer {id}" when it has none. */
  copyTrackingLink(offerName: string): Locator {
    return this.page.getByRole('button', { name: `Copy tracking link of ${offerName}`, exact: true });
  }
}
