import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import { offerslookRoutes, tracklyRoutes } from '@/contract';
import type { TrackingLinks } from '@/contract';
import { installLayoutApis, setSecureContext } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { datasetOf, serveDemoApi } from '@/testing/demo-api';
import { envelope, makeOffer, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createAppQueryClient } from '@/testing/query-client';
import { renderApp } from '@/testing/render';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const OFFER_URL = `/offers/${publishedOffer.id}`;
const OFFER_ROUTE = `${TEST_API}${tracklyRoutes.offer}`;
const LINKS_ROUTE = `${TEST_API}${offerslookRoutes.trackingLinks}`;
const PIXEL_SRC = 'http://qoqololo.iuniontrack.com:9080/impr.php?offer_id=16&aff_id=5547';

function answerOffer(body: JsonBodyType, init?: ResponseInit) {
  server.use(http.get(OFFER_ROUTE, () => HttpResponse.json(body, init)));
}

function answerLinks(links: TrackingLinks) {
  server.use(http.get(LINKS_ROUTE, () => HttpResponse.json(envelope(links))));
}

async function findOfferHeading(name = publishedOffer.name) {
  return screen.findByRole('heading', { level: 1, name });
}

/** The value shown next to a label in a description list of `region`. */
function fieldValue(region: HTMLElement, label: string): HTMLElement {
  const term = within(region).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No value next to "${label}"`);
  return value;
}

function region(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function hrefsOnPage(): string[] {
  return Array.from(document.querySelectorAll('a'), (anchor) => anchor.getAttribute('href') ?? '');
}

describe('OfferDetailPage: the published offer', () => {
  it('shows a loading skeleton, then the offer', async () => {
    renderApp(OFFER_URL);
    expect(screen.getByText('Loading offer…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    await findOfferHeading();
    expect(screen.queryByText('Loading offer…')).not.toBeInTheDocument();
  });

  it('shows every field of the published offer', async () => {
    renderApp(OFFER_URL);
    await findOfferHeading();

    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText(publishedOffer.id, { selector: 'code' })).toBeInTheDocument();

    const offer = region('Offer');
    expect(fieldValue(offer, 'Payout')).toHaveTextContent('$2.50 CPA (per action)');
    expect(within(offer).getByText('CPA')).toHaveAttribute('title', 'per action');
    expect(fieldValue(offer, 'Advertiser ID')).toHaveTextContent('adv_882');
    expect(fieldValue(offer, 'External platform')).toHaveTextContent('TUNE');
    expect(fieldValue(offer, 'External ID')).toHaveTextContent('4521');
    expect(fieldValue(offer, 'Bot filtering')).toHaveTextContent('On');
    expect(fieldValue(offer, 'Created')).toHaveTextContent(/Nov 1, 2025, 2:30\sPM UTC/);
    expect(fieldValue(offer, 'Updated')).toHaveTextContent(/Dec 15, 2025, 9:12\sAM UTC/);
    expect(
      within(fieldValue(offer, 'Created'))
        .getByText(/Nov 1, 2025/)
        .closest('time'),
    ).toHaveAttribute('datetime', '2025-11-01T14:30:00.000Z');

    const trackingUrl = region('Tracking URL');
    expect(within(trackingUrl).getByText('https://track.example.com/click?offer_id=123')).toBeInTheDocument();
    expect(within(trackingUrl).getByRole('button', { name: 'Copy offer tracking URL' })).toBeInTheDocument();
    // A tracking URL is never a live link: following it would register a click.
    expect(within(trackingUrl).queryByRole('link')).not.toBeInTheDocument();

    const metadata = await screen.findByRole('table', { name: 'Metadata of Summer Promo' });
    expect(within(metadata).getByRole('rowheader', { name: 'vertical' })).toBeInTheDocument();
    expect(within(metadata).getByRole('cell', { name: 'health' })).toBeInTheDocument();
    expect(within(metadata).getByRole('rowheader', { name: 'geo' })).toBeInTheDocument();
    expect(within(metadata).getByRole('cell', { name: 'US' })).toBeInTheDocument();
  });

  it('names the offer in the tab title', async () => {
    renderApp(OFFER_URL);
    await findOfferHeading();
    await waitFor(() => {
      expect(document.title).toBe('Summer Promo · Offers dashboard');
    });
  });

  it('shows the tracking links panel: main link and the four landing pages with copy buttons', async () => {
    renderApp(OFFER_URL);
    const panel = await screen.findByRole('region', { name: 'Tracking links' });
    await within(panel).findByRole('button', { name: 'Copy tracking link' });

    expect(within(panel).getAllByText(publishedTrackingLinks.url).length).toBeGreaterThanOrEqual(1);
    const pages = within(panel).getByRole('list', { name: 'Landing pages' });
    expect(within(pages).getAllByRole('listitem')).toHaveLength(4);
    for (const name of [
      'Copy Default landing page link',
      'Copy Random landing page link',
      'Copy Offer URL “360” landing page link',
      'Copy Offer URL “qq” landing page link',
    ]) {
      expect(within(pages).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      within(pages).getByText('http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7'),
    ).toBeInTheDocument();
    expect(within(pages).getByText('No preview URL')).toBeInTheDocument();
  });

  it('opens landing page previews in a new tab without a referrer or opener', async () => {
    renderApp(OFFER_URL);
    const preview = await screen.findByRole('link', { name: /Preview Default landing page/ });
    expect(preview).toHaveAttribute('href', 'http://www.offerslook.com/');
    expect(preview).toHaveAccessibleName(/opens in a new tab/);

    const previews = screen.getAllByRole('link', { name: /^Preview / });
    expect(previews.map((link) => link.getAttribute('href'))).toEqual([
      'http://www.offerslook.com/',
      'http://www.360.com/',
      'http://www.qq.com/',
    ]);
    for (const link of previews) {
      expect(link).toHaveAttribute('target', '_blank');
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  it('copies a landing page link exactly as the network sent it', async () => {
    const restore = setSecureContext(true);
    try {
      const { user } = renderApp(OFFER_URL);
      const button = await screen.findByRole('button', { name: 'Copy Offer URL “360” landing page link' });
      await user.click(button);
      await expect(navigator.clipboard.readText()).resolves.toBe(
        'http://oltest1.offerstrack.net/index.php?offer_id=16&aff_id=5547&url_id=7',
      );
      expect(button).toHaveTextContent('Copied');
    } finally {
      restore();
    }
  });

  it('describes the impression pixel without loading it until asked', async () => {
    const { user } = renderApp(OFFER_URL);
    const load = await screen.findByRole('button', { name: 'Load pixel (fires an impression)' });

    expect(screen.getByText(PIXEL_SRC, { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('1 × 1 px')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy impression pixel' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Impression pixel' })).not.toBeInTheDocument();
    expect(Array.from(document.images).some((image) => image.src.includes('impr.php'))).toBe(false);

    await user.click(load);

    const pixel = screen.getByRole('img', { name: 'Impression pixel' });
    expect(pixel).toHaveAttribute('src', PIXEL_SRC);
    expect(pixel).toHaveAttribute('width', '1');
    expect(pixel).toHaveAttribute('height', '1');
    expect(pixel).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(screen.getByText(/this registered an impression/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load pixel (fires an impression)' })).not.toBeInTheDocument();
  });

  it("never fires the next offer's pixel because the last one was loaded", async () => {
    const second = makeOffer({ id: 'second-offer', name: 'Second offer' });
    const secondPixel = 'https://px.example.com/impr?offer=second';
    serveDemoApi({
      dataset: datasetOf([publishedOffer, second], {
        [second.id]: { ...publishedTrackingLinks, impression_pixel: `<img src="${secondPixel}" width="1" height="1">` },
      }),
    });
    sessionStorage.setItem(
      'offers-dashboard.list-context',
      JSON.stringify({ href: '/offers', ids: [publishedOffer.id, second.id] }),
    );
    const { user } = renderApp(OFFER_URL);
    await user.click(await screen.findByRole('button', { name: 'Load pixel (fires an impression)' }));
    expect(screen.getByRole('img', { name: 'Impression pixel' })).toHaveAttribute('src', PIXEL_SRC);

    await user.click(screen.getByRole('link', { name: 'Next offer' }));
    await findOfferHeading('Second offer');
    await screen.findByRole('button', { name: 'Load pixel (fires an impression)' });
    expect(screen.queryByRole('img', { name: 'Impression pixel' })).not.toBeInTheDocument();
    expect(Array.from(document.images).some((image) => image.src.startsWith(secondPixel))).toBe(false);
  });

  it('asks for the offer and its tracking links in parallel', async () => {
    const both = deferred();
    const arrived = new Set<string>();
    function arrive(which: string) {
      arrived.add(which);
      if (arrived.size === 2) both.resolve();
    }
    async function bothArrived(): Promise<boolean> {
      return Promise.race([both.promise.then(() => true), delay(2_000).then(() => false)]);
    }
    server.use(
      http.get(OFFER_ROUTE, async () => {
        arrive('offer');
        return (await bothArrived())
          ? HttpResponse.json(publishedOffer)
          : HttpResponse.json({ error: 'the tracking links were not requested alongside' }, { status: 500 });
      }),
      http.get(LINKS_ROUTE, async () => {
        arrive('links');
        return (await bothArrived())
          ? HttpResponse.json(envelope(publishedTrackingLinks))
          : HttpResponse.json({ code: 1, message: 'the offer was not requested alongside' });
      }),
    );
    renderApp(OFFER_URL);
    await findOfferHeading();
    await screen.findByRole('button', { name: 'Copy tracking link' });
    expect([...arrived].sort()).toEqual(['links', 'offer']);
  });
  it('keeps keyboard focus on the offer navigation while the offer arrives', async () => {
    const release = deferred();
    server.use(
      http.get(OFFER_ROUTE, async () => {
        await release.promise;
        return HttpResponse.json(publishedOffer);
      }),
    );
    renderApp(OFFER_URL);
    await screen.findByText('Loading offer…');
    const help = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    act(() => {
      help.focus();
    });
    expect(help).toHaveFocus();

    release.resolve();
    await findOfferHeading();
    expect(screen.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveFocus();
  });
});

describe('OfferDetailPage: when the offer cannot be shown', () => {
  it('sends the user to Settings when the API key is refused (401)', async () => {
    answerOffer({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 });
    const { user } = renderApp(OFFER_URL);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not signed in to the API');
    expect(alert).toHaveTextContent('Invalid API key');
    const settings = within(alert).getByRole('link', { name: 'Open Settings' });
    expect(settings).toHaveAttribute('href', '/settings?reason=unauthorized');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    await user.click(settings);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The API did not accept the credentials');
  });

  it('says how long a rate-limited API asked to wait, and lets the user retry', async () => {
    answerOffer(
      { error: 'Too many requests', code: 'rate_limited' },
      { status: 429, headers: { 'Retry-After': '30' } },
    );
    const { user } = renderApp(OFFER_URL);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests');
    expect(alert).toHaveTextContent('The API asked to wait 30 seconds before trying again.');

    answerOffer(publishedOffer);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findOfferHeading();
  });

  it('shows why access is denied (403 "Account is suspended")', async () => {
    answerOffer({ error: 'Account is suspended', code: 'forbidden' }, { status: 403 });
    renderApp(OFFER_URL);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access denied');
    expect(within(alert).getByText('Account is suspended')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
      'href',
      '/settings?reason=forbidden',
    );
    expect(document.title).toBe('Offer not available · Offers dashboard');
  });

  it('offers a way back to the list when the offer does not exist (404)', async () => {
    const { user, location } = renderApp('/offers/000000000000000000000000');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('The API has no record of offer 000000000000000000000000');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('link', { name: 'Back to offers' }));
    expect(location().pathname).toBe('/offers');
    expect(await screen.findByRole('heading', { level: 1, name: 'Offers' })).toBeInTheDocument();
  });

  it('shows Retry after a server error and recovers when the API does', async () => {
    serveDemoApi({ force: [`${publishedOffer.id}/offer=500`] });
    const { user } = renderApp(OFFER_URL);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API had a problem');
    expect(alert).toHaveTextContent('HTTP status 500');

    serveDemoApi();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await findOfferHeading()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the offer when a refresh fails, says so, and Retry recovers', async () => {
    let failing = false;
    server.use(
      http.get(OFFER_ROUTE, () =>
        failing ? HttpResponse.json({ error: 'Internal error' }, { status: 500 }) : HttpResponse.json(publishedOffer),
      ),
    );
    const { user } = renderApp(OFFER_URL);
    await findOfferHeading();

    failing = true;
    await user.click(screen.getByRole('button', { name: /^Refresh/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API failed while loading the latest version of this offer.');
    expect(screen.getByRole('heading', { level: 1, name: publishedOffer.name })).toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('heading', { level: 1, name: publishedOffer.name })).toBeInTheDocument();
  });

  it('says the answer was unreadable (truncated JSON) and does not keep asking', async () => {
    let requests = 0;
    server.use(
      http.get(OFFER_ROUTE, () => {
        requests += 1;
        return new HttpResponse('{"id": "664f1a2b3c4d5e6f7a8b9c0d", "na', {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    renderApp(OFFER_URL, { queryClient: createAppQueryClient() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API sent something unreadable');
    expect(alert).toHaveTextContent('was not readable JSON. Nothing from it is shown.');
    await delay(50);
    expect(requests).toBe(1);
    expect(screen.queryByRole('heading', { level: 1, name: publishedOffer.name })).not.toBeInTheDocument();
  });

  it('says the answer was unexpected (wrong shape), lists the field and does not keep asking', async () => {
    let requests = 0;
    server.use(
      http.get(OFFER_ROUTE, () => {
        requests += 1;
        // No usable id: this cannot be an offer at all (odd fields alone are read tolerantly).
        return HttpResponse.json({ ...publishedOffer, id: 12345, payout: '2.50' });
      }),
    );
    const { user } = renderApp(OFFER_URL, { queryClient: createAppQueryClient() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API sent something unexpected');
    expect(alert).toHaveTextContent('did not have the documented fields');
    await user.click(within(alert).getByText('What was wrong'));
    expect(within(alert).getByText(/^id:/)).toBeInTheDocument();
    await delay(50);
    expect(requests).toBe(1);
    expect(screen.queryByText('$2.50')).not.toBeInTheDocument();
  });

  it('retries a transient server error by itself before showing it', async () => {
    let requests = 0;
    server.use(
      http.get(OFFER_ROUTE, () => {
        requests += 1;
        return requests === 1
          ? HttpResponse.json({ error: 'blip' }, { status: 503 })
          : HttpResponse.json(publishedOffer);
      }),
    );
    renderApp(OFFER_URL, { queryClient: createAppQueryClient() });
    expect(await findOfferHeading()).toBeInTheDocument();
    expect(requests).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says it is trying again while a failed request is retried', async () => {
    const retry = deferred();
    let requests = 0;
    server.use(
      http.get(OFFER_ROUTE, async () => {
        requests += 1;
        if (requests === 1) return HttpResponse.json({ error: 'boom' }, { status: 503 });
        await retry.promise;
        return HttpResponse.json(publishedOffer);
      }),
    );
    renderApp(OFFER_URL, { queryClient: createAppQueryClient() });
    expect(await screen.findByText('The last try failed (The API had a problem). Trying again…')).toBeInTheDocument();
    retry.resolve();
    await findOfferHeading();
    expect(screen.queryByText(/Trying again/)).not.toBeInTheDocument();
  });

  it('says the API took too long when it does not answer within the timeout', async () => {
    server.use(
      http.get(OFFER_ROUTE, async () => {
        await delay(1_000);
        return HttpResponse.json(publishedOffer);
      }),
    );
    renderApp(OFFER_URL, { timeoutMs: 30 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API took too long to answer');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('OfferDetailPage: tracking link states', () => {
  it('explains a not-approved offer in words, with the network message, while the offer still shows', async () => {
    server.use(http.get(LINKS_ROUTE, () => HttpResponse.json({ code: 1, message: 'Offer not approved', data: {} })));
    renderApp(OFFER_URL);
    await findOfferHeading();
    const panel = region('Tracking links');
    const note = await within(panel).findByRole('note');
    expect(within(note).getByRole('heading', { name: 'No tracking link for this offer yet' })).toBeInTheDocument();
    expect(note).toHaveTextContent('only for offers approved for you');
    expect(within(note).getByText('Offer not approved')).toBeInTheDocument();
    expect(note).toHaveTextContent('(code 1)');
    expect(within(panel).queryByRole('button', { name: 'Copy tracking link' })).not.toBeInTheDocument();
    expect(fieldValue(region('Offer'), 'Advertiser ID')).toHaveTextContent('adv_882');
  });

  it('shows an error with Retry in the panel when only the tracking links fail, and recovers', async () => {
    serveDemoApi({ force: [`${publishedOffer.id}/links=500`] });
    const { user } = renderApp(OFFER_URL);
    await findOfferHeading();
    const panel = region('Tracking links');
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('The API had a problem');
    serveDemoApi();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByRole('button', { name: 'Copy tracking link' })).toBeInTheDocument();
  });

  it('explains an empty impression pixel', async () => {
    answerLinks({ ...publishedTrackingLinks, impression_pixel: '' });
    renderApp(OFFER_URL);
    expect(
      await screen.findByText('This offer has no impression pixel: the API sent an empty snippet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy impression pixel' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Load pixel/ })).not.toBeInTheDocument();
  });

  it('says so when there are no landing pages', async () => {
    answerLinks({ ...publishedTrackingLinks, offer_url: [] });
    renderApp(OFFER_URL);
    expect(await screen.findByText('No landing pages are listed for this offer.')).toBeInTheDocument();
  });
});

describe('OfferDetailPage: untrusted data', () => {
  const hostileName = '<img src=x onerror=alert(1)>';

  beforeEach(() => {
    answerOffer(
      makeOffer({
        name: hostileName,
        tracking_url: 'javascript:alert(1)',
        status: 'pending_review',
        payout_type: 'cpm',
        metadata: {
          landing: 'javascript:alert(3)',
          html: '<script>alert(4)</script>',
          site: 'https://ok.example.com/',
        },
      }),
    );
    answerLinks({
      url: 'javascript:alert(5)',
      impression_pixel: '<script>alert(8)</script>',
      offer_url: [
        { type: 'Default', tracking_link: 'javascript:alert(6)', preview_url: 'javascript:alert(7)' },
        {
          type: 'Offer URL',
          name: '<b>bold</b>',
          tracking_link: 'https://t.example.com/x',
          preview_url: ' JaVa\tScRiPt:alert(9)',
        },
      ],
    });
  });

  it('shows hostile strings as text and creates no script, handler or javascript: link', async () => {
    renderApp(OFFER_URL);
    expect(await findOfferHeading(hostileName)).toHaveTextContent(hostileName);
    await screen.findByText('<script>alert(8)</script>', { selector: 'code' });

    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('img[onerror]')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    for (const href of hrefsOnPage()) expect(href).not.toMatch(/^\s*javascript:/i);
    expect(screen.getByRole('cell', { name: '<script>alert(4)</script>' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /https:\/\/ok\.example\.com/ })).toHaveAttribute(
      'href',
      'https://ok.example.com/',
    );
  });

  it('warns about javascript: URLs instead of offering to open or copy them', async () => {
    renderApp(OFFER_URL);
    await findOfferHeading(hostileName);
    await screen.findByText('javascript:alert(5)');

    const trackingUrl = region('Tracking URL');
    expect(within(trackingUrl).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(trackingUrl).getByText('javascript: links are blocked')).toBeInTheDocument();
    expect(within(trackingUrl).queryByRole('button', { name: 'Copy offer tracking URL' })).not.toBeInTheDocument();

    const panel = region('Tracking links');
    expect(within(panel).queryByRole('button', { name: 'Copy tracking link' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Copy Default landing page link' })).not.toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: 'Copy Offer URL “<b>bold</b>” landing page link' }),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: /Preview/ })).not.toBeInTheDocument();
    // Main link, Default link, two previews: each marked as blocked.
    expect(within(panel).getAllByText('javascript: links are blocked')).toHaveLength(4);

    const metadata = screen.getByRole('table', { name: `Metadata of ${hostileName}` });
    const landing = within(metadata).getByRole('rowheader', { name: 'landing' }).closest('tr');
    if (!landing) throw new Error('no metadata row for "landing"');
    expect(landing).toHaveTextContent('javascript:alert(3)javascript: links are blocked');
    expect(within(landing).queryByRole('link')).not.toBeInTheDocument();
  });

  it('does not preview a pixel snippet that is not a single safe <img>', async () => {
    renderApp(OFFER_URL);
    await findOfferHeading(hostileName);
    const note = await within(region('Tracking links')).findByRole('note');
    expect(note).toHaveTextContent(/^Not previewed: this snippet is not a single safe image tag/);
    expect(screen.queryByRole('button', { name: /Load pixel/ })).not.toBeInTheDocument();
  });

  it('shows an unknown status and payout type as the API sent them', async () => {
    renderApp(OFFER_URL);
    await findOfferHeading(hostileName);
    const status = screen.getByText('pending_review');
    expect(status.closest('[title]')).toHaveAttribute('title', expect.stringMatching(/does not know/));
    expect(fieldValue(region('Offer'), 'Payout')).toHaveTextContent('cpm (payout type not known to this dashboard)');
  });

  it('shows platform and payout type values that are Object.prototype keys as sent, without crashing', async () => {
    answerOffer(makeOffer({ external_platform: '__proto__', payout_type: 'constructor' }));
    renderApp(OFFER_URL);
    expect(await findOfferHeading()).toBeInTheDocument();
    expect(fieldValue(region('Offer'), 'External platform')).toHaveTextContent('__proto__');
    expect(fieldValue(region('Offer'), 'Payout')).toHaveTextContent(
      'constructor (payout type not known to this dashboard)',
    );
  });
});
