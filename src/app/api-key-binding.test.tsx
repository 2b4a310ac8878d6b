import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { settingsStore } from '@/features/settings/lib/settings-store';
import { installLayoutApis } from '@/testing/browser-apis';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

installLayoutApis();

const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';
const OTHER_API = 'http://other.test';
const OFFER_ID = 'offer-1';

/** Both APIs answer the offer, and every X-Api-Key they receive is recorded ('-' for none). */
function recordKeys(): string[] {
  const seen: string[] = [];
  for (const api of [TEST_API, OTHER_API]) {
    server.use(
      http.get(`${api}/v2/offers/:id`, ({ request }) => {
        seen.push(`${api} ${request.headers.get('X-Api-Key') ?? '-'}`);
        return HttpResponse.json(makeOffer({ id: OFFER_ID, name: `Offer from ${api}` }));
      }),
      http.get(`${api}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json({ code: 1403, message: 'Offer not approved', data: {} }),
      ),
    );
  }
  return seen;
}

async function openOffer(api: string, options: { apiBaseUrl?: string } = {}) {
  renderApp(`/offers/${OFFER_ID}`, options);
  expect(await screen.findByRole('heading', { level: 1, name: `Offer from ${api}` })).toBeInTheDocument();
}

afterEach(() => {
  settingsStore.reset();
});

describe('ApiProvider: keys go only to the API they were saved for', () => {
  it('sends no key saved for another API after config.json names a new one', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-for-other' }, true, OTHER_API);
    const seen = recordKeys();
    await openOffer(TEST_API);
    expect(seen).toEqual([`${TEST_API} -`]);
  });

  it('sends the key to its API, however its URL was written', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, 'HTTP://API.test/');
    const seen = recordKeys();
    await openOffer(TEST_API);
    expect(seen).toEqual([`${TEST_API} key-A`]);
  });

  it('sends no key saved for the deploy default to a URL chosen in Settings later', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, false, TEST_API);
    settingsStore.setBaseUrl(OTHER_API);
    const seen = recordKeys();
    await openOffer(OTHER_API);
    expect(seen).toEqual([`${OTHER_API} -`]);
  });

  it('binds keys saved before the binding to the deploy default in use, and sends them there', async () => {
    localStorage.setItem(CREDENTIALS_KEY, JSON.stringify({ v: 1, data: { tracklyApiKey: 'old-key' } }));
    const seen = recordKeys();
    await openOffer(TEST_API);
    expect(seen).toEqual([`${TEST_API} old-key`]);
    await waitFor(() => {
      expect(settingsStore.getSnapshot().credentialsApi).toBe(TEST_API);
    });
  });

  it('binds keys saved before the binding to the URL chosen in Settings, if any', async () => {
    localStorage.setItem(CREDENTIALS_KEY, JSON.stringify({ tracklyApiKey: 'old-key' }));
    settingsStore.setBaseUrl(OTHER_API);
    const seen = recordKeys();
    await openOffer(OTHER_API);
    expect(seen).toEqual([`${OTHER_API} old-key`]);
    await waitFor(() => {
      expect(settingsStore.getSnapshot().credentialsApi).toBe(OTHER_API);
    });
  });
});
