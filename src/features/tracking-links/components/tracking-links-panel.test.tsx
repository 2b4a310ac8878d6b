import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import type { TrackingLinks } from '@/contract';
import { installLayoutApis } from '@/testing/browser-apis';
import { envelope, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

installLayoutApis();
// The whole app renders per test; on a busy machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const OFFER_URL = `/offers/${publishedOffer.id}`;
const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;

function answerLinks(body: JsonBodyType, init?: ResponseInit) {
  server.use(http.get(LINKS_ROUTE, () => HttpResponse.json(body, init)));
}

function withPixel(impression_pixel: string): TrackingLinks {
  return { ...publishedTrackingLinks, impression_pixel };
}

async function findPanel(): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1, name: publishedOffer.name });
  return screen.getByRole('region', { name: 'Tracking links' });
}

/** The note the panel shows when Offerslook refuses the links with this envelope. */
async function refusalNote(body: JsonBodyType): Promise<HTMLElement> {
  answerLinks(body);
  renderApp(OFFER_URL);
  return within(await findPanel()).findByRole('note');
}

describe('TrackingLinksPanel: refusals', () => {
  it('names a refusal that is not about approval as such, quoting Offerslook, with no advice to apply', async () => {
    const note = await refusalNote({ code: 1404, message: 'Offer does not exist', data: null });

    expect(within(note).getByRole('heading', { name: 'Offerslook gave no tracking link' })).toBeInTheDocument();
    expect(within(note).getByText('Offer does not exist')).toBeInTheDocument();
    expect(note).toHaveTextContent('(code 1404)');
    expect(note).not.toHaveTextContent(/Apply|approved/);
  });

  it('shows the upstream message as text, never as markup', async () => {
    const note = await refusalNote({ code: 1500, message: '<b>Maintenance</b>', data: null });

    expect(within(note).getByRole('heading', { name: 'Offerslook gave no tracking link' })).toBeInTheDocument();
    expect(within(note).getByText('<b>Maintenance</b>')).toBeInTheDocument();
    expect(note.querySelector('b')).toBeNull();
  });
});

describe('TrackingLinksPanel: a refresh that fails', () => {
  it('keeps the links shown, says they are the last received, and Retry recovers', async () => {
    let failing = false;
    server.use(
      http.get(LINKS_ROUTE, () =>
        failing
          ? HttpResponse.json({ code: 500, message: 'Internal server error', data: null }, { status: 500 })
          : HttpResponse.json(envelope(publishedTrackingLinks)),
      ),
    );
    const { user } = renderApp(OFFER_URL);
    const panel = await findPanel();
    await within(panel).findByRole('button', { name: 'Copy tracking link' });

    failing = true;
    await user.click(screen.getByRole('button', { name: /^Refresh/ }));

    const alert = await within(panel).findByRole('alert');
    expect(
      within(panel).getByText('Couldn’t refresh the tracking links — showing the last ones received.'),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('heading', { name: 'The API had a problem' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Copy tracking link' })).toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    });
    expect(within(panel).queryByText(/Couldn’t refresh/)).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Copy tracking link' })).toBeInTheDocument();
  });
});

describe('TrackingLinksPanel: the impression pixel', () => {
  it('says a 1 × 1 pixel is drawn in an enlarged frame, not at 24 × 24', async () => {
    renderApp(OFFER_URL);
    const panel = await findPanel();

    expect(
      await within(panel).findByText(
        'The dashed frame is enlarged to 24 × 24 px so you can see it; the pixel inside it is drawn at its declared 1 × 1 px.',
      ),
    ).toBeInTheDocument();
  });

  it('says when the frame is the declared size, or when no size is declared', async () => {
    answerLinks(envelope(withPixel('<img src="https://px.example.com/p.gif" width="50" height="40">')));
    const { unmount } = renderApp(OFFER_URL);
    expect(
      await within(await findPanel()).findByText("The dashed frame is the pixel's declared size, 50 × 40 px."),
    ).toBeInTheDocument();
    unmount();

    answerLinks(envelope(withPixel('<img src="https://px.example.com/p.gif" height="600">')));
    renderApp(OFFER_URL);
    expect(
      await within(await findPanel()).findByText('The snippet declares no width: the dashed frame is 24 × 320 px.'),
    ).toBeInTheDocument();
  });

  it('announces loading the pixel through a live region that was there, empty, before', async () => {
    const { user } = renderApp(OFFER_URL);
    const panel = await findPanel();
    const load = await within(panel).findByRole('button', { name: 'Load pixel (fires an impression)' });
    const status = within(panel).getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(load);

    expect(within(panel).getByRole('status')).toBe(status);
    expect(status).toHaveTextContent(/this registered an impression/);
  });
});

describe('TrackingLinksPanel: the pixel after a refresh', () => {
  it('never loads a new pixel because the previous one was loaded', async () => {
    const refreshedPixel = 'https://px.example.com/impr?offer=16&cb=2';
    let refreshed = false;
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json(
          envelope(
            refreshed ? withPixel(`<img src="${refreshedPixel}" width="1" height="1">`) : publishedTrackingLinks,
          ),
        ),
      ),
    );
    const { user } = renderApp(OFFER_URL);
    const panel = await findPanel();
    await user.click(await within(panel).findByRole('button', { name: 'Load pixel (fires an impression)' }));
    expect(within(panel).getByRole('img', { name: 'Impression pixel' })).toBeInTheDocument();

    refreshed = true;
    await user.click(screen.getByRole('button', { name: /^Refresh/ }));
    await within(panel).findByText(refreshedPixel, { selector: 'dd' });
    expect(within(panel).getByRole('button', { name: 'Load pixel (fires an impression)' })).toBeInTheDocument();
    expect(within(panel).queryByRole('img', { name: 'Impression pixel' })).not.toBeInTheDocument();
    expect(Array.from(document.images).some((image) => image.src === refreshedPixel)).toBe(false);
  });
});
