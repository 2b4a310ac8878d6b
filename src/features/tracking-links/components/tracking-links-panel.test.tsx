import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { JsonBodyType } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { publishedOffer, TEST_API } from '@/testing/fixtures';
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

async function findPanel(): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1, name: publishedOffer.name });
  return screen.getByRole('region', { name: 'Tracking links' });
}

describe('TrackingLinksPanel: refusals', () => {
  it('names a refusal that is not about approval as such, quoting Offerslook, with no advice to apply', async () => {
    answerLinks({ code: 1404, message: 'Offer does not exist', data: null });
    renderApp(OFFER_URL);
    const note = await within(await findPanel()).findByRole('note');

    expect(within(note).getByRole('heading', { name: 'Offerslook gave no tracking link' })).toBeInTheDocument();
    expect(within(note).getByText('Offer does not exist')).toBeInTheDocument();
    expect(note).toHaveTextContent('(code 1404)');
    expect(note).not.toHaveTextContent(/Apply|approved/);
  });

  it('shows the upstream message as text, never as markup', async () => {
    answerLinks({ code: 1500, message: '<b>Maintenance</b>', data: null });
    renderApp(OFFER_URL);
    const note = await within(await findPanel()).findByRole('note');

    expect(within(note).getByRole('heading', { name: 'Offerslook gave no tracking link' })).toBeInTheDocument();
    expect(within(note).getByText('<b>Maintenance</b>')).toBeInTheDocument();
    expect(note.querySelector('b')).toBeNull();
  });
});
