import type { Locator, Page } from '@playwright/test';

type Vendor = 'Trackly' | 'Offerslook';

/** The Settings page at /settings, by the names in docs/automation.md. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** `query` without "?", e.g. "reason=unauthorized&vendor=offerslook". */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/settings?${query}` : '/settings');
  }

  get apiBaseUrl(): Locator {
    return this.page.getByRole('textbox', { name: 'API base URL', exact: true });
  }

  /** "Credentials" behind the gateway; "Credentials (optional)" otherwise. */
  credentials(optional = false): Locator {
    return this.page.getByRole('group', { name: optional ? 'Credentials (optional)' : 'Credentials', exact: true });
  }

  /** A password field: no ARIA role, so by its label. */
  get tracklyApiKey(): Locator {
    return this.page.getByLabel('Trackly API key', { exact: true });
  }

  get offerslookEmail(): Locator {
    return this.page.getByRole('textbox', { name: 'Offerslook email', exact: true });
  }

  get offerslookApiKey(): Locator {
    return this.page.getByLabel('Offerslook API key', { exact: true });
  }

  get rememberOnThisDevice(): Locator {
    return this.page.getByRole('checkbox', { name: /^Remember on this device/ });
  }

  get savedKeysNote(): Locator {
    return this.page.getByRole('note', { name: 'Saved keys', exact: true });
  }

  get forgetSavedKeys(): Locator {
    return this.page.getByRole('button', { name: 'Forget saved keys', exact: true });
  }

  get save(): Locator {
    return this.page.getByRole('button', { name: 'Save settings', exact: true });
  }

  get testConnection(): Locator {
    return this.page.getByRole('button', { name: 'Test connection', exact: true });
  }

  get resetToDefaults(): Locator {
    return this.page.getByRole('button', { name: 'Reset to defaults', exact: true });
  }

  /** What the last Test connection found. */
  get connectionResult(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Connection test for' });
  }

  /** One vendor's line in that answer. */
  connectionLine(vendor: Vendor): Locator {
    return this.connectionResult.getByRole('listitem').filter({ hasText: new RegExp(`^${vendor}:`) });
  }

  get messageIdField(): Locator {
    return this.page.getByRole('combobox', { name: 'Trackly message-id field', exact: true });
  }

  /** Why the user was sent here (?reason=). */
  get reason(): Locator {
    return this.page.getByRole('alert');
  }
}
