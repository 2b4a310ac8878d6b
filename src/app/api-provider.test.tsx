import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { settingsStore } from '@/features/settings/lib/settings-store';
import { installLayoutApis } from '@/testing/browser-apis';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';

installLayoutApis();

const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';
const OFFER_ID = 'offer-1';

/** The API answers per key, as a real account would: each key sees its own offer. */
function answerPerKey() {
  server.use(
    http.get(`${TEST_API}/v2/offers/:id`, ({ request }) => {
      const key = request.headers.get('X-Api-Key');
      if (key === null) return HttpResponse.json({ error: 'Missing API key', code: 'unauthorized' }, { status: 401 });
      return HttpResponse.json(makeOffer({ id: OFFER_ID, name: `Offer seen with ${key}` }));
    }),
  );
}

/** What another tab does when the user saves new keys there with "remember on this device". */
function otherTabSaves(credentials: Record<string, string>) {
  const value = JSON.stringify({ v: 2, data: { api: TEST_API, keys: credentials } });
  localStorage.setItem(CREDENTIALS_KEY, value);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: CREDENTIALS_KEY, newValue: value, storageArea: localStorage }),
    );
  });
}

afterEach(() => {
  settingsStore.reset();
});

describe('ApiProvider', () => {
  it('sends no key kept in this browser to a gateway that holds its own', async () => {
    settingsStore.setCredentials(
      { tracklyApiKey: 'my-own-key', offerslookEmail: 'me@example.com', offerslookApiKey: 'my-secret' },
      true,
      TEST_API,
    );
    const seen: string[] = [];
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, ({ request }) => {
        seen.push(`${request.headers.get('X-Api-Key') ?? '-'} ${request.headers.get('Authorization') ?? '-'}`);
        return HttpResponse.json(makeOffer({ id: OFFER_ID, name: 'Through the gateway' }));
      }),
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, ({ request }) => {
        seen.push(`${request.headers.get('X-Api-Key') ?? '-'} ${request.headers.get('Authorization') ?? '-'}`);
        return HttpResponse.json({ code: 1403, message: 'Offer not approved', data: {} });
      }),
    );
    renderApp(`/offers/${OFFER_ID}`, { credentialsOnServer: ['trackly', 'offerslook'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Through the gateway' })).toBeInTheDocument();
    await waitFor(() => {
      expect(seen).toHaveLength(2);
    });
    expect(seen).toEqual(['- -', '- -']);
  });

  it('drops what was fetched with old credentials when another tab changes them, and asks again', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'key-A' }, true, TEST_API);
    answerPerKey();
    renderApp(`/offers/${OFFER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Offer seen with key-A' })).toBeInTheDocument();

    otherTabSaves({ tracklyApiKey: 'key-B' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Offer seen with key-B' })).toBeInTheDocument();
    expect(screen.queryByText('Offer seen with key-A')).not.toBeInTheDocument();
  });
});
