import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { installLayoutApis, setSecureContext } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { envelope, makeOffer, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { MAX_TEXT } from '../lib/builder-storage';

installLayoutApis();

const MAIN = publishedTrackingLinks.url; // http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547
const PIXEL_SRC = 'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547';
const OTHER_OFFER = makeOffer({ id: '664f1a2b3c4d5e6f7a8b9c0e', name: 'Winter Promo', external_platform: null });
const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;
const PRESETS_KEY = 'offers-dashboard.link-builder.presets';

/** The elements the page scrolled into view, in order. */
let scrolledIntoView: Element[] = [];

const restorers: Array<() => void> = [];
beforeEach(() => {
  restorers.push(setSecureContext(true));
  // jsdom has no scrollIntoView; record what the page asked to bring into view.
  scrolledIntoView = [];
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    configurable: true,
    writable: true,
    value(this: Element) {
      scrolledIntoView.push(this);
    },
  });
  restorers.push(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });
  server.use(http.get(`${TEST_API}/v2/offers/${OTHER_OFFER.id}`, () => HttpResponse.json(OTHER_OFFER)));
});
afterEach(() => {
  while (restorers.length) restorers.pop()?.();
});

/** The builder starts hidden (until shown once on this device): show it. */
async function showBuilder(user: { click: (element: Element) => Promise<void> }) {
  const toggle = await screen.findByRole('button', { name: /link builder$/ }, { timeout: 5_000 });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
}

/** The builder, looked up afresh on every use: the page may remount around it. */
function builderRegion() {
  return within(screen.getByRole('region', { name: 'Link builder' }));
}

/**
 * Renders the offer page with the builder shown. The page and the builder's code load
 * lazily; the builder works on the offer URL at once, and by default this also waits
 * for the affiliate tracking links to be among its choices.
 */
async function openBuilder(offerId = publishedOffer.id, { links = true } = {}) {
  const app = renderApp(`/offers/${offerId}`);
  await showBuilder(app.user);
  await waitFor(
    () => {
      const select = builderRegion().getByRole('combobox', { name: 'Link to build' });
      if (links) within(select).getByRole('option', { name: 'Main tracking link' });
    },
    { timeout: 5_000 },
  );
  return { ...app, builder: builderRegion };
}

function statusMessages(): string[] {
  return screen.getAllByRole('status').map((status) => status.textContent);
}

function presetNames(builder: Builder): string[] {
  const list = builder.getByRole('list', { name: 'Saved presets' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent ?? '');
}

type Builder = ReturnType<typeof builderRegion>;

function builtLink(builder: Builder): HTMLElement {
  return builder.getByRole('status', { name: 'Built link' });
}

function marks(builder: Builder): string[] {
  return Array.from(builtLink(builder).querySelectorAll('mark'), (mark) => mark.textContent);
}

describe('LinkBuilder: building a link', () => {
  it('starts on the main tracking link, with Offerslook names and its existing parameters', async () => {
    const { builder } = await openBuilder();
    expect(builder().getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue('Main tracking link');
    expect(builder().getByRole('combobox', { name: 'Parameter names' })).toHaveDisplayValue(
      'Offerslook: aff_sub1…aff_sub5, source_id (this link’s platform)',
    );
    for (const name of ['aff_sub1', 'aff_sub2', 'aff_sub3', 'aff_sub4', 'aff_sub5', 'Source (source_id)']) {
      expect(builder().getByRole('textbox', { name })).toHaveValue('');
    }
    const existing = builder().getByRole('list', { name: 'This link already has:' });
    expect(
      within(existing)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('code')?.textContent),
    ).toEqual(['offer_id=16', 'aff_id=5547']);
    expect(builtLink(builder())).toHaveTextContent(MAIN);
    expect(marks(builder())).toEqual([]);
  });

  it('lists only the offer URL, the main link and the landing pages', async () => {
    const { builder } = await openBuilder();
    const options = within(builder().getByRole('combobox', { name: 'Link to build' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Offer tracking URL',
      'Main tracking link',
      'Default landing page',
      'Random landing page',
      'Offer URL “360” landing page',
      'Offer URL “qq” landing page',
    ]);
  });

  it('builds the exact URL as you type, highlights what was added, and copies it', async () => {
    const { builder, user } = await openBuilder();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc');
    await user.type(builder().getByRole('textbox', { name: 'aff_sub2' }), 'list A');
    await user.type(builder().getByRole('textbox', { name: 'Source (source_id)' }), 'sms/ü&x');

    const expected = `${MAIN}&aff_sub1=abc&aff_sub2=list%20A&source_id=sms%2F%C3%BC%26x`;
    expect(builtLink(builder())).toHaveTextContent(expected);
    expect(marks(builder())).toEqual(['&aff_sub1=abc&aff_sub2=list%20A&source_id=sms%2F%C3%BC%26x']);
    expect(builder().getByText(`${String(expected.length)} characters`)).toBeInTheDocument();

    await user.click(builder().getByRole('button', { name: 'Copy built link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(expected);
  });

  it('adds free key/value pairs and removes them', async () => {
    const { builder, user } = await openBuilder();
    await user.click(builder().getByRole('button', { name: 'Add parameter' }));
    expect(builder().getByRole('textbox', { name: 'Name of parameter 1' })).toHaveFocus();
    await user.keyboard('utm_campaign');
    await user.type(builder().getByRole('textbox', { name: 'Value of parameter 1' }), 'spring sale');
    expect(builtLink(builder())).toHaveTextContent(`${MAIN}&utm_campaign=spring%20sale`);

    await user.click(builder().getByRole('button', { name: 'Remove parameter 1' }));
    expect(builder().queryByRole('textbox', { name: 'Name of parameter 1' })).not.toBeInTheDocument();
    expect(builder().getByRole('button', { name: 'Add parameter' })).toHaveFocus();
    expect(builtLink(builder())).toHaveTextContent(MAIN);
  });

  it('replaces a parameter the link already has, in place, never duplicating it', async () => {
    const { builder, user } = await openBuilder();
    await user.click(builder().getByRole('button', { name: 'Replace aff_id' }));
    expect(builder().getByRole('textbox', { name: 'Name of parameter 1' })).toHaveValue('aff_id');
    expect(builder().getByRole('textbox', { name: 'Value of parameter 1' })).toHaveFocus();
    await user.keyboard('99');

    const url = builtLink(builder()).textContent;
    expect(url).toBe('http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=99');
    expect(url.match(/aff_id=/g)).toHaveLength(1);
    expect(marks(builder())).toEqual(['aff_id=99']);
    const existing = builder().getByRole('list', { name: 'This link already has:' });
    expect(within(existing).getAllByRole('listitem')[1]).toHaveTextContent('aff_id=5547(replaced)');
  });

  it('encodes {macros} unless asked to keep them', async () => {
    const { builder, user } = await openBuilder();
    await user.click(builder().getByRole('textbox', { name: 'aff_sub1' }));
    await user.paste('{click_id}');
    expect(builtLink(builder())).toHaveTextContent(`${MAIN}&aff_sub1=%7Bclick_id%7D`);

    await user.click(builder().getByRole('checkbox', { name: 'Keep {macros} unencoded' }));
    expect(builtLink(builder())).toHaveTextContent(`${MAIN}&aff_sub1={click_id}`);
  });

  it('names the slots for the chosen link, and lets the user override the naming', async () => {
    const { builder, user } = await openBuilder();
    await user.selectOptions(builder().getByRole('combobox', { name: 'Link to build' }), 'Offer tracking URL');
    // The published offer's external platform is TUNE.
    await user.type(builder().getByRole('textbox', { name: 'aff_sub' }), 'a');
    await user.type(builder().getByRole('textbox', { name: 'Source (source)' }), 's');
    expect(builtLink(builder())).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub=a&source=s');

    await user.selectOptions(builder().getByRole('combobox', { name: 'Parameter names' }), 'everflow');
    expect(builder().getByRole('textbox', { name: 'sub1' })).toHaveValue('a');
    expect(builtLink(builder())).toHaveTextContent('https://track.example.com/click?offer_id=123&sub1=a&source_id=s');

    await user.selectOptions(
      builder().getByRole('combobox', { name: 'Link to build' }),
      'Offer URL “360” landing page',
    );
    expect(builtLink(builder())).toHaveTextContent(
      'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7&aff_sub1=a&source_id=s',
    );
  });

  it('Reset returns to the original link', async () => {
    const { builder, user } = await openBuilder();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub3' }), 'x');
    await user.click(builder().getByRole('button', { name: 'Add parameter' }));
    await user.keyboard('k');
    await user.click(builder().getByRole('button', { name: 'Reset' }));
    expect(builtLink(builder())).toHaveTextContent(MAIN);
    expect(builder().getByRole('textbox', { name: 'aff_sub3' })).toHaveValue('');
    expect(builder().queryByRole('textbox', { name: 'Name of parameter 1' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole('status').some((status) => status.textContent === 'Reset to the original link')).toBe(
        true,
      );
    });
  });
});

describe('LinkBuilder: copy formats', () => {
  it('shows and copies the built link as HTML and as Markdown', async () => {
    const { builder, user } = await openBuilder();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc');
    await user.click(builder().getByRole('textbox', { name: 'Link text for HTML and Markdown' }));
    await user.paste('Summer [deal]');

    const html =
      '<a href="http://oltest1.offerstrack.net/index.php?offer_id=16&amp;aff_id=5547&amp;aff_sub1=abc">Summer [deal]</a>';
    const markdown =
      '[Summer \\[deal\\]](http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&aff_sub1=abc)';
    expect(builder().getByText(html, { selector: 'code' })).toBeInTheDocument();
    expect(builder().getByText(markdown, { selector: 'code' })).toBeInTheDocument();

    await user.click(builder().getByRole('button', { name: 'Copy built link as HTML' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(html);
    await user.click(builder().getByRole('button', { name: 'Copy built link as Markdown' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(markdown);
  });

  it('copies the bare impression pixel URL next to the snippet', async () => {
    const { user } = await openBuilder();
    const panel = screen.getByRole('region', { name: 'Tracking links' });
    await user.click(within(panel).getByRole('button', { name: 'Copy impression pixel URL' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(PIXEL_SRC);
  });
});

describe('LinkBuilder: SMS estimate', () => {
  it('counts the message with the link, flips to 2 segments, and names the characters forcing UCS-2', async () => {
    const { builder, user } = await openBuilder();
    const template = builder().getByRole('textbox', { name: 'SMS message template' });
    expect(template).toHaveValue('{link}');
    expect(builder().getByText(`${String(MAIN.length)} characters · GSM-7 · 1 segment`)).toBeInTheDocument();

    // 90 + 1 + 64 = 155 characters: still one GSM-7 segment.
    await user.clear(template);
    await user.paste(`${'x'.repeat(90)} {link}`);
    expect(builder().getByText('155 characters · GSM-7 · 1 segment')).toBeInTheDocument();

    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc'); // +13 = 168
    expect(builder().getByText('168 characters · GSM-7 · 2 segments')).toBeInTheDocument();

    await user.clear(builder().getByRole('textbox', { name: 'aff_sub1' }));
    await user.click(template);
    await user.keyboard('{Home}');
    await user.paste('It’s ');
    expect(builder().getByText('160 characters · UCS-2 · 3 segments')).toBeInTheDocument();
    expect(builder().getByText(/UCS-2 because of:/)).toHaveTextContent('UCS-2 because of: ’ (U+2019)');
  });

  it('says when the template has no {link}', async () => {
    const { builder, user } = await openBuilder();
    const template = builder().getByRole('textbox', { name: 'SMS message template' });
    await user.clear(template);
    await user.type(template, 'Hello');
    expect(builder().getByText('5 characters · GSM-7 · 1 segment')).toBeInTheDocument();
    expect(builder().getByText(/the link is not in the message/)).toBeInTheDocument();
  });
});

describe('LinkBuilder: remembered values and presets', () => {
  it('saves, applies and deletes presets, which survive a re-render and work on another offer', async () => {
    let app = await openBuilder();
    await app.user.type(app.builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc');
    await app.user.type(app.builder().getByRole('textbox', { name: 'aff_sub2' }), 'list A');
    await app.user.type(app.builder().getByRole('textbox', { name: 'Preset name' }), 'SMS – list A');
    await app.user.click(app.builder().getByRole('button', { name: 'Save preset' }));
    const list = app.builder().getByRole('list', { name: 'Saved presets' });
    expect(within(list).getByText('SMS – list A')).toBeInTheDocument();
    expect(within(list).getByText('sub 1: abc · sub 2: list A')).toBeInTheDocument();
    expect(app.builder().getByRole('textbox', { name: 'Preset name' })).toHaveValue('');
    app.unmount();

    // Another offer, whose tracking URL has no platform: generic names sub1…sub5.
    app = await openBuilder(OTHER_OFFER.id);
    expect(app.builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveValue('');
    await app.user.click(app.builder().getByRole('button', { name: 'Apply preset SMS – list A' }));
    expect(builtLink(app.builder())).toHaveTextContent(`${MAIN}&aff_sub1=abc&aff_sub2=list%20A`);
    await app.user.selectOptions(app.builder().getByRole('combobox', { name: 'Link to build' }), 'Offer tracking URL');
    expect(builtLink(app.builder())).toHaveTextContent(
      'https://track.example.com/click?offer_id=123&sub1=abc&sub2=list%20A',
    );

    await app.user.click(app.builder().getByRole('button', { name: 'Delete preset SMS – list A' }));
    expect(app.builder().queryByRole('list', { name: 'Saved presets' })).not.toBeInTheDocument();
    expect(app.builder().getByText('No presets yet.')).toBeInTheDocument();
    app.unmount();

    app = await openBuilder();
    expect(app.builder().getByText('No presets yet.')).toBeInTheDocument();
  });

  it('asks for a preset name, and updates a preset saved again under the same name', async () => {
    const { builder, user } = await openBuilder();
    await user.click(builder().getByRole('button', { name: 'Save preset' }));
    const presetName = builder().getByRole('textbox', { name: 'Preset name' });
    expect(presetName).toHaveFocus();
    expect(presetName).toHaveAttribute('aria-invalid', 'true');
    expect(presetName).toHaveAccessibleDescription('Give the preset a name.');

    await user.type(builder().getByRole('textbox', { name: 'Preset name' }), 'A{Enter}');
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'x');
    await user.type(builder().getByRole('textbox', { name: 'Preset name' }), ' A {Enter}');
    expect(builder().getByText('Updated preset “A”')).toBeInTheDocument();
    const list = builder().getByRole('list', { name: 'Saved presets' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('sub 1: x')).toBeInTheDocument();
  });

  it('restores the last values per offer, and keeps offers apart', async () => {
    let app = await openBuilder();
    await app.user.selectOptions(app.builder().getByRole('combobox', { name: 'Link to build' }), 'Random landing page');
    await app.user.type(app.builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc');
    await app.user.click(app.builder().getByRole('button', { name: 'Add parameter' }));
    await app.user.keyboard('k');
    await app.user.type(app.builder().getByRole('textbox', { name: 'Value of parameter 1' }), 'v');
    const built = builtLink(app.builder()).textContent;
    app.unmount();

    app = await openBuilder(OTHER_OFFER.id);
    expect(app.builder().getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue('Main tracking link');
    expect(app.builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveValue('');
    app.unmount();

    app = await openBuilder();
    expect(app.builder().getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue('Random landing page');
    expect(app.builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveValue('abc');
    expect(app.builder().getByRole('textbox', { name: 'Name of parameter 1' })).toHaveValue('k');
    expect(builtLink(app.builder())).toHaveTextContent(built);
    expect(built).toBe(`${publishedTrackingLinks.offer_url[1]?.tracking_link ?? ''}&aff_sub1=abc&k=v`);
  });

  it('starts empty when stored values are corrupt', async () => {
    window.localStorage.setItem('offers-dashboard.link-builder.last', '{not json');
    window.localStorage.setItem('offers-dashboard.link-builder.presets', '[{"name": 1}]');
    const { builder } = await openBuilder();
    expect(builtLink(builder())).toHaveTextContent(MAIN);
    expect(builder().getByText('No presets yet.')).toBeInTheDocument();
  });
});

describe('LinkBuilder: unavailable links', () => {
  it('builds on the offer tracking URL alone when the affiliate links are refused', async () => {
    server.use(
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json({ code: 1403, message: 'Offer not approved' }),
      ),
    );
    const { builder } = await openBuilder(publishedOffer.id, { links: false });
    const select = builder().getByRole('combobox', { name: 'Link to build' });
    await waitFor(() => {
      expect(select).toHaveAccessibleDescription(
        'The affiliate tracking links are not available for this offer: the network gives them only for offers approved for you. You can build on the offer tracking URL.',
      );
    });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Offer tracking URL']);
    expect(builder().getByRole('textbox', { name: 'aff_sub' })).toBeInTheDocument();
  });

  it('does not advise approval when Offerslook says the offer does not exist', async () => {
    server.use(http.get(LINKS_ROUTE, () => HttpResponse.json({ code: 1404, message: 'Offer does not exist' })));
    const { builder } = await openBuilder(publishedOffer.id, { links: false });
    const select = builder().getByRole('combobox', { name: 'Link to build' });
    await waitFor(() => {
      expect(select).toHaveAccessibleDescription(
        'Offerslook gave no affiliate tracking links for this offer: see the Tracking links panel for its reason. You can build on the offer tracking URL.',
      );
    });
    expect(select).not.toHaveAccessibleDescription(/approved/);
  });

  it('says the links failed to load (not that the offer has none), builds on the offer URL, and recovers', async () => {
    server.use(http.get(LINKS_ROUTE, () => HttpResponse.json({ error: 'blip' }, { status: 503 })));
    const { builder, user } = await openBuilder(publishedOffer.id, { links: false });
    const select = builder().getByRole('combobox', { name: 'Link to build' });
    await waitFor(() => {
      expect(select).toHaveAccessibleDescription(
        'The affiliate tracking links could not be loaded (the API had a problem): see the Tracking links panel to try again. Meanwhile you can build on the offer tracking URL.',
      );
    });
    expect(builder().queryByText(/not available for this offer/)).not.toBeInTheDocument();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub' }), 'a');
    expect(builtLink(builder())).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub=a');

    server.resetHandlers();
    const panel = screen.getByRole('region', { name: 'Tracking links' });
    await user.click(within(panel).getByRole('button', { name: 'Retry' }));
    await within(select).findByRole('option', { name: 'Main tracking link' });
    expect(select).not.toHaveAccessibleDescription();
  });

  it('works on the offer tracking URL while the affiliate links load, and keeps it once edited', async () => {
    const gate = deferred();
    server.use(
      http.get(LINKS_ROUTE, async () => {
        await gate.promise;
        return HttpResponse.json(envelope(publishedTrackingLinks));
      }),
    );
    const { builder, user } = await openBuilder(publishedOffer.id, { links: false });
    const select = builder().getByRole('combobox', { name: 'Link to build' });
    expect(select).toHaveDisplayValue('Offer tracking URL');
    expect(select).toHaveAccessibleDescription(
      'Loading the affiliate tracking links… Meanwhile you can build on the offer tracking URL.',
    );
    await user.type(builder().getByRole('textbox', { name: 'aff_sub' }), 'a');
    expect(builtLink(builder())).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub=a');

    gate.resolve();
    await within(select).findByRole('option', { name: 'Main tracking link' });
    // What you see is what you build: the arriving links do not swap the link being edited.
    expect(select).toHaveDisplayValue('Offer tracking URL');
    expect(builtLink(builder())).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub=a');
    expect(select).not.toHaveAccessibleDescription();
  });

  it('offers nothing to build on when no link is http(s)', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, () =>
        HttpResponse.json(makeOffer({ tracking_url: 'javascript:alert(1)' })),
      ),
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json({ code: 1403, message: 'Offer not approved' }),
      ),
    );
    const { user } = renderApp(`/offers/${publishedOffer.id}`);
    await showBuilder(user);
    expect(
      await builderRegion().findByText('This offer has no http(s) link to build on.', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    // Nothing to press but the section's own Hide toggle.
    expect(
      builderRegion()
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Hide link builder']);
  });
});

describe('LinkBuilder: from the tracking links panel', () => {
  const RANDOM = publishedTrackingLinks.offer_url[1]?.tracking_link ?? '';
  const URL_360 = publishedTrackingLinks.offer_url[2]?.tracking_link ?? '';

  function panel() {
    return within(screen.getByRole('region', { name: 'Tracking links' }));
  }

  /** The panel, once the offer has loaded (the page's code and data load first). */
  async function findPanel() {
    return within(await screen.findByRole('region', { name: 'Tracking links' }, { timeout: 5_000 }));
  }

  it('opens the hidden builder on the chosen link, with the focus in its first sub-id', async () => {
    const { user } = renderApp(`/offers/${publishedOffer.id}`);
    const add = await (await findPanel()).findByRole('button', { name: 'Add sub-ids to Random landing page link' });
    expect(screen.getByRole('button', { name: 'Show link builder' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(add);
    await waitFor(
      () => {
        expect(builderRegion().getByRole('textbox', { name: 'aff_sub1' })).toHaveFocus();
      },
      { timeout: 5_000 },
    );
    expect(screen.getByRole('button', { name: 'Hide link builder' })).toHaveAttribute('aria-expanded', 'true');
    const builder = builderRegion();
    expect(builder.getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue('Random landing page');
    expect(builder.getByRole('group', { name: 'Sub-ids and source for the Random landing page' })).toBeInTheDocument();
    expect(builder.getByText('Built on:')).toHaveTextContent('Built on: Random landing page');
    // Brought into view: the builder's section, from its heading.
    expect(scrolledIntoView).toEqual([screen.getByRole('region', { name: 'Link builder' })]);

    await user.keyboard('abc');
    expect(builtLink(builderRegion())).toHaveTextContent(`${RANDOM}&aff_sub1=abc`);
    await user.click(builderRegion().getByRole('button', { name: 'Copy built link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(`${RANDOM}&aff_sub1=abc`);

    // The panel's own Copy button still copies the link exactly as the network issued it.
    await user.click(panel().getByRole('button', { name: 'Copy Random landing page link' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(RANDOM);
  });

  it('switches an open builder to another link, keeping the values typed', async () => {
    const { builder, user } = await openBuilder();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'abc');
    await user.click(panel().getByRole('button', { name: 'Add sub-ids to Offer URL “360” landing page link' }));

    expect(builder().getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue(
      'Offer URL “360” landing page',
    );
    expect(builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveFocus();
    expect(builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveValue('abc');
    expect(builtLink(builder())).toHaveTextContent(`${URL_360}&aff_sub1=abc`);

    // Asked again for the main link: back on it, the focus moved again.
    await user.click(panel().getByRole('button', { name: 'Add sub-ids to main tracking link' }));
    expect(builder().getByRole('combobox', { name: 'Link to build' })).toHaveDisplayValue('Main tracking link');
    expect(builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveFocus();
    expect(scrolledIntoView).toHaveLength(2);
  });

  it('does not move the focus again once the request is done', async () => {
    const { user } = renderApp(`/offers/${publishedOffer.id}`);
    await user.click(await (await findPanel()).findByRole('button', { name: 'Add sub-ids to main tracking link' }));
    await waitFor(
      () => {
        expect(builderRegion().getByRole('textbox', { name: 'aff_sub1' })).toHaveFocus();
      },
      { timeout: 5_000 },
    );
    await user.click(screen.getByRole('button', { name: 'Hide link builder' }));
    await user.click(screen.getByRole('button', { name: 'Show link builder' }));
    await builderRegion().findByRole('textbox', { name: 'aff_sub1' });
    expect(screen.getByRole('button', { name: 'Hide link builder' })).toHaveFocus();
    expect(scrolledIntoView).toHaveLength(1);
  });

  it('offers no Add sub-ids for a link that is not http(s)', async () => {
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json(envelope({ ...publishedTrackingLinks, url: 'javascript:alert(1)' })),
      ),
    );
    renderApp(`/offers/${publishedOffer.id}`);
    await (await findPanel()).findByRole('button', { name: 'Add sub-ids to Default landing page link' });
    expect(panel().queryByRole('button', { name: 'Add sub-ids to main tracking link' })).not.toBeInTheDocument();
  });
});

describe('LinkBuilder: parameter naming without a known platform', () => {
  it('says the offer names no platform, and what the generic names send, until one is chosen', async () => {
    const { builder, user } = await openBuilder(OTHER_OFFER.id);
    await user.selectOptions(builder().getByRole('combobox', { name: 'Link to build' }), 'Offer tracking URL');
    const names = builder().getByRole('combobox', { name: 'Parameter names' });
    expect(names).toHaveDisplayValue('Generic guess: sub1…sub5, source (no platform given)');
    expect(names).toHaveAccessibleDescription(
      'No platform given: choose one. The offer does not say which platform its tracking URL runs on, so the fields send generic names (sub1…sub5, source), which your platform may ignore.',
    );

    await user.selectOptions(names, 'everflow');
    expect(names).toHaveDisplayValue('Everflow: sub1…sub5, source_id');
    expect(names).not.toHaveAccessibleDescription();
    expect(builder().queryByText(/No platform given/)).not.toBeInTheDocument();
  });

  it('names a platform it does not know, as the offer gave it', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.json(makeOffer({ external_platform: 'Cake' }))),
    );
    const { builder, user } = await openBuilder();
    await user.selectOptions(builder().getByRole('combobox', { name: 'Link to build' }), 'Offer tracking URL');
    const names = builder().getByRole('combobox', { name: 'Parameter names' });
    expect(names).toHaveDisplayValue('Generic guess: sub1…sub5, source (platform not known)');
    expect(names).toHaveAccessibleDescription(/^Platform “Cake” not known: choose one\. We do not know which names/);
  });
});

describe('LinkBuilder: limits and storage failures', () => {
  it(`takes at most ${String(MAX_TEXT)} characters a value, all of which are remembered`, async () => {
    let app = await openBuilder();
    const field = app.builder().getByRole('textbox', { name: 'aff_sub1' });
    await app.user.click(field);
    await app.user.paste('x'.repeat(MAX_TEXT + 1));
    expect(field).toHaveValue('x'.repeat(MAX_TEXT));
    expect(field).toHaveAccessibleDescription('At the limit of 2,000 characters.');
    app.unmount();

    app = await openBuilder();
    expect(app.builder().getByRole('textbox', { name: 'aff_sub1' })).toHaveValue('x'.repeat(MAX_TEXT));
  });

  it('says, and announces, when the last values cannot be remembered', async () => {
    const { builder, user } = await openBuilder();
    const message =
      'Your values on this offer could not be remembered: this browser did not let us store them. They stay only while this page is open.';
    // The browser refuses to store anything (storage full, or blocked).
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'ab');
    expect(builder().getByText(message)).toBeInTheDocument();
    await waitFor(() => {
      expect(statusMessages()).toContain(message);
    });
    expect(builtLink(builder())).toHaveTextContent(`${MAIN}&aff_sub1=ab`);

    setItem.mockRestore();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub1' }), 'c');
    expect(builder().queryByText(message)).not.toBeInTheDocument();
  });
});

describe('LinkBuilder: presets from other tabs', () => {
  const preset = (name: string) => ({
    name,
    values: { subs: [name, '', '', '', ''], source: '', extra: [], keepMacros: false },
  });

  it('keeps a preset another tab saved when saving one here', async () => {
    let app = await openBuilder();
    expect(app.builder().getByText('No presets yet.')).toBeInTheDocument();
    // Another tab saves a preset after this one read the list (no event: it may come late).
    window.localStorage.setItem(PRESETS_KEY, JSON.stringify([preset('Other tab')]));

    await app.user.type(app.builder().getByRole('textbox', { name: 'Preset name' }), 'Here{Enter}');
    expect(presetNames(app.builder())).toEqual(['Other tab', 'Here']);
    app.unmount();

    app = await openBuilder();
    expect(presetNames(app.builder())).toEqual(['Other tab', 'Here']);
  });

  it('shows what another tab saved or deleted as it happens', async () => {
    const { builder } = await openBuilder();
    const otherTabWrites = (presets: unknown[]) => {
      act(() => {
        window.localStorage.setItem(PRESETS_KEY, JSON.stringify(presets));
        window.dispatchEvent(new StorageEvent('storage', { key: PRESETS_KEY, storageArea: window.localStorage }));
      });
    };
    otherTabWrites([preset('A'), preset('B')]);
    expect(presetNames(builder())).toEqual(['A', 'B']);
    otherTabWrites([preset('B')]);
    expect(presetNames(builder())).toEqual(['B']);
  });

  it('deletes from the latest list, not the one read when the builder opened', async () => {
    window.localStorage.setItem(PRESETS_KEY, JSON.stringify([preset('A')]));
    const { builder, user } = await openBuilder();
    window.localStorage.setItem(PRESETS_KEY, JSON.stringify([preset('A'), preset('B')]));
    await user.click(builder().getByRole('button', { name: 'Delete preset A' }));
    expect(presetNames(builder())).toEqual(['B']);
  });
});
