import type { Locator, Page } from '@playwright/test';

/** An offer's page at /offers/:id, by the names in docs/automation.md. */
export class OfferPage {
  constructor(readonly page: Page) {}

  async goto(offerId: string): Promise<void> {
    await this.page.goto(`/offers/${encodeURIComponent(offerId)}`);
  }

  /** The offer's name, as the page's h1. */
  heading(name?: string): Locator {
    return this.page.getByRole('heading', { level: 1, ...(name === undefined ? {} : { name, exact: true }) });
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Offer navigation', exact: true });
  }

  get backToOffers(): Locator {
    return this.navigation.getByRole('link', { name: '‹ Back to offers', exact: true });
  }

  get previousOffer(): Locator {
    return this.page.getByRole('link', { name: 'Previous offer', exact: true });
  }

  get nextOffer(): Locator {
    return this.page.getByRole('link', { name: 'Next offer', exact: true });
  }

  get keyboardShortcuts(): Locator {
    return this.page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
  }

  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
  }

  get refresh(): Locator {
    return this.page.getByRole('button', { name: 'Refresh', exact: true });
  }

  get details(): Locator {
    return this.page.getByRole('region', { name: 'Offer', exact: true });
  }

  get trackingLinks(): Locator {
    return this.page.getByRole('region', { name: 'Tracking links', exact: true });
  }

  get landingPages(): Locator {
    return this.trackingLinks.getByRole('list', { name: 'Landing pages', exact: true });
  }

  /** "Copy {what}": offer ID, offer tracking URL, tracking link, impression pixel, impression pixel URL. */
  copy(what: string): Locator {
    return this.page.getByRole('button', { name: `Copy ${what}`, exact: true });
  }

  copyLandingPage(label: string): Locator {
    return this.copy(`${label} landing page link`);
  }

  previewLandingPage(label: string): Locator {
    return this.trackingLinks.getByRole('link', {
      name: `Preview ${label} landing page (opens in a new tab)`,
      exact: true,
    });
  }

  get loadPixel(): Locator {
    return this.page.getByRole('button', { name: 'Load pixel (fires an impression)', exact: true });
  }

  /** `link` in words: "offer tracking URL", "main tracking link", "{label} landing page link". */
  addSubIds(link: string): Locator {
    return this.page.getByRole('button', { name: `Add sub-ids to ${link}`, exact: true });
  }

  /** As addSubIds, plus "impression pixel URL". */
  showQrCode(link: string): Locator {
    return this.page.getByRole('button', { name: `Show QR code for ${link}`, exact: true });
  }

  qrDialog(link: string): Locator {
    return this.page.getByRole('dialog', { name: `QR code for ${link}`, exact: true });
  }

  /** The QR code image inside its dialog, named by the link it encodes. */
  qrImage(link: string, url: string): Locator {
    return this.qrDialog(link).getByRole('img', { name: `QR code for ${url}`, exact: true });
  }

  qrDownload(link: string): Locator {
    return this.qrDialog(link).getByRole('button', { name: 'Download QR code', exact: true });
  }

  /** The page's polite announcements that hold this text ("Copied … to the clipboard"). */
  announcement(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  metadata(offerName: string): Locator {
    return this.page.getByRole('table', { name: `Metadata of ${offerName}`, exact: true });
  }
}
