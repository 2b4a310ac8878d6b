import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The link builder on an offer page, by the names in docs/automation.md. */
export class LinkBuilder {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Link builder', exact: true });
  }

  /** "Show link builder" or "Hide link builder": one button. */
  get toggle(): Locator {
    return this.region.getByRole('button', { name: /^(Show|Hide) link builder$/ });
  }

  get show(): Locator {
    return this.region.getByRole('button', { name: 'Show link builder', exact: true });
  }

  /** Shows the builder unless it is open, and waits for its code to load. */
  async open(): Promise<this> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await expect(this.linkToBuild).toBeVisible({ timeout: 15_000 });
    return this;
  }

  get linkToBuild(): Locator {
    return this.region.getByRole('combobox', { name: 'Link to build', exact: true });
  }

  get parameterNames(): Locator {
    return this.region.getByRole('combobox', { name: 'Parameter names', exact: true });
  }

  /** A sub-id field by its parameter name (aff_sub1, aff_sub, sub1…). */
  field(param: string): Locator {
    return this.region.getByRole('textbox', { name: param, exact: true });
  }

  /** The source field; `param` is source or source_id. */
  source(param: string): Locator {
    return this.region.getByRole('textbox', { name: `Source (${param})`, exact: true });
  }

  /** The attribution guard's move, e.g. "Use aff_sub2 instead". */
  useInstead(slot: string): Locator {
    return this.region.getByRole('button', { name: `Use ${slot} instead`, exact: true });
  }

  replace(key: string): Locator {
    return this.region.getByRole('button', { name: `Replace ${key}`, exact: true });
  }

  get addParameter(): Locator {
    return this.region.getByRole('button', { name: 'Add parameter', exact: true });
  }

  parameterName(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Name of parameter ${n}`, exact: true });
  }

  parameterValue(n: number): Locator {
    return this.region.getByRole('textbox', { name: `Value of parameter ${n}`, exact: true });
  }

  removeParameter(n: number): Locator {
    return this.region.getByRole('button', { name: `Remove parameter ${n}`, exact: true });
  }

  get keepMacros(): Locator {
    return this.region.getByRole('checkbox', { name: 'Keep {macros} unencoded', exact: true });
  }

  get builtLink(): Locator {
    return this.region.getByRole('status', { name: 'Built link', exact: true });
  }

  get copyBuiltLink(): Locator {
    return this.region.getByRole('button', { name: 'Copy built link', exact: true });
  }

  copyAs(format: 'HTML' | 'Markdown'): Locator {
    return this.region.getByRole('button', { name: `Copy built link as ${format}`, exact: true });
  }

  get reset(): Locator {
    return this.region.getByRole('button', { name: 'Reset', exact: true });
  }

  get linkText(): Locator {
    return this.region.getByRole('textbox', { name: 'Link text for HTML and Markdown', exact: true });
  }

  get smsTemplate(): Locator {
    return this.region.getByRole('textbox', { name: 'SMS message template', exact: true });
  }

  get presetName(): Locator {
    return this.region.getByRole('textbox', { name: 'Preset name', exact: true });
  }

  get savePreset(): Locator {
    return this.region.getByRole('button', { name: 'Save preset', exact: true });
  }

  get savedPresets(): Locator {
    return this.region.getByRole('list', { name: 'Saved presets', exact: true });
  }

  applyPreset(name: string): Locator {
    return this.region.getByRole('button', { name: `Apply preset ${name}`, exact: true });
  }

  deletePreset(name: string): Locator {
    return this.region.getByRole('button', { name: `Delete preset ${name}`, exact: true });
  }
}
