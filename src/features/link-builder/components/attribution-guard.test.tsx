import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { messageIdField } from '@/lib/message-id-field';
import { installLayoutApis, setSecureContext } from '@/testing/browser-apis';
import { makeOffer, publishedOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

installLayoutApis();
// The whole offer page renders per test; on a busy machine it can take a few seconds.
vi.setConfig({ testTimeout: 15_000 });

const MESSAGE_ID =
  'aff_sub carries Trackly’s message id on TUNE links (your account’s Trackly message-id field): a value here replaces it and breaks Trackly’s conversion attribution.';

const restorers: Array<() => void> = [];
beforeEach(() => {
  restorers.push(setSecureContext(true));
  Object.defineProperty(Element.prototype, 'scrollIntoView', { configurable: true, writable: true, value() {} });
  restorers.push(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });
});
afterEach(() => {
  while (restorers.length) restorers.pop()?.();
});

function builder() {
  return within(screen.getByRole('region', { name: 'Link builder' }));
}

/** The offer page with the builder shown on the offer's own tracking URL (TUNE for the published offer). */
async function openOnOfferUrl(offerId = publishedOffer.id) {
  const app = renderApp(`/offers/${offerId}`);
  const toggle = await screen.findByRole('button', { name: /link builder$/ }, { timeout: 5_000 });
  if (toggle.getAttribute('aria-expanded') !== 'true') await app.user.click(toggle);
  const select = await builder().findByRole('combobox', { name: 'Link to build' }, { timeout: 5_000 });
  await app.user.selectOptions(select, 'Offer tracking URL');
  return app;
}

function builtLink() {
  return builder().getByRole('status', { name: 'Built link' });
}

describe('LinkBuilder: the attribution guard', () => {
  it('warns when a value goes into aff_sub on a TUNE link, and moves it to aff_sub2 on request', async () => {
    const { user } = await openOnOfferUrl();
    const affSub = builder().getByRole('textbox', { name: 'aff_sub' });
    expect(affSub).not.toHaveAccessibleDescription(/message id/);

    await user.type(affSub, 'abc');
    expect(affSub).toHaveAccessibleDescription(MESSAGE_ID);
    expect(builder().getByText(/carries Trackly’s message id/)).toBeVisible();
    // A warning, not a block: the link is built and can be copied.
    expect(builtLink()).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub=abc');
    expect(builder().getByRole('button', { name: 'Copy built link' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(builder().getByRole('button', { name: 'Use aff_sub2 instead' }));
    const affSub2 = builder().getByRole('textbox', { name: 'aff_sub2' });
    expect(affSub).toHaveValue('');
    expect(affSub2).toHaveValue('abc');
    expect(affSub2).toHaveFocus();
    expect(builder().queryByText(/carries Trackly’s message id/)).not.toBeInTheDocument();
    expect(builtLink()).toHaveTextContent('https://track.example.com/click?offer_id=123&aff_sub2=abc');
  });

  it('offers the next slot that is free, past those already filled', async () => {
    const { user } = await openOnOfferUrl();
    await user.type(builder().getByRole('textbox', { name: 'aff_sub2' }), 'b');
    await user.type(builder().getByRole('textbox', { name: 'aff_sub' }), 'a');
    await user.click(builder().getByRole('button', { name: 'Use aff_sub3 instead' }));
    expect(builder().getByRole('textbox', { name: 'aff_sub3' })).toHaveValue('a');
  });

  it('follows the account’s message-id field from Settings', async () => {
    messageIdField.set('aff_sub3');
    const { user } = await openOnOfferUrl();
    const affSub = builder().getByRole('textbox', { name: 'aff_sub' });
    await user.type(affSub, 'abc');
    expect(affSub).not.toHaveAccessibleDescription(/message id/);

    const affSub3 = builder().getByRole('textbox', { name: 'aff_sub3' });
    await user.type(affSub3, 'x');
    expect(affSub3).toHaveAccessibleDescription(/^aff_sub3 carries Trackly’s message id on TUNE links/);
    await user.click(builder().getByRole('button', { name: 'Use aff_sub4 instead' }));
    expect(builder().getByRole('textbox', { name: 'aff_sub4' })).toHaveValue('x');

    // Changed in Settings (here, or in another tab) while the builder is open: it follows.
    act(() => {
      messageIdField.set('aff_sub');
    });
    await waitFor(() => {
      expect(affSub).toHaveAccessibleDescription(MESSAGE_ID);
    });
  });

  it('says nothing of aff_sub on a link that is not TUNE', async () => {
    const offer = makeOffer({ id: '664f1a2b3c4d5e6f7a8b9c0f', external_platform: null });
    server.use(http.get(`${TEST_API}/v2/offers/${offer.id}`, () => HttpResponse.json(offer)));
    const { user } = await openOnOfferUrl(offer.id);
    await user.type(builder().getByRole('textbox', { name: 'sub1' }), 'abc');
    await user.click(builder().getByRole('button', { name: 'Add parameter' }));
    await user.type(builder().getByRole('textbox', { name: 'Name of parameter 1' }), 'aff_sub');
    await user.type(builder().getByRole('textbox', { name: 'Value of parameter 1' }), 'abc');
    expect(builtLink()).toHaveTextContent('https://track.example.com/click?offer_id=123&sub1=abc&aff_sub=abc');
    expect(builder().queryByText(/message id/)).not.toBeInTheDocument();
  });

  it('warns when a value would replace one the link has, and on click_id in a free row', async () => {
    const offer = makeOffer({
      id: '664f1a2b3c4d5e6f7a8b9c0f',
      tracking_url: 'https://track.example.com/click?offer_id=123&aff_sub3=abc',
    });
    server.use(http.get(`${TEST_API}/v2/offers/${offer.id}`, () => HttpResponse.json(offer)));
    const { user } = await openOnOfferUrl(offer.id);
    const affSub3 = builder().getByRole('textbox', { name: 'aff_sub3' });
    await user.type(affSub3, 'abc');
    // The same value: nothing changes.
    expect(affSub3).not.toHaveAccessibleDescription(/already has/);
    await user.type(affSub3, 'd');
    expect(affSub3).toHaveAccessibleDescription('This link already has aff_sub3=abc: your value replaces it.');

    await user.click(builder().getByRole('button', { name: 'Add parameter' }));
    await user.type(builder().getByRole('textbox', { name: 'Name of parameter 1' }), 'click_id');
    const value = builder().getByRole('textbox', { name: 'Value of parameter 1' });
    await user.type(value, 'x');
    expect(value).toHaveAccessibleDescription(
      'click_id is added by Trackly to every link it sends: a value here is overwritten or breaks click matching.',
    );
  });
});
