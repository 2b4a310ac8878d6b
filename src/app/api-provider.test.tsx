import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
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
  const value = JSON.stringify(credentials);
  localStorage.setItem(CREDENTIALS_KEY, value);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: CREDENTIALS_KEY, newValue: value, storageArea: localStorage }));
  });
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('ApiProvider', () => {
  it('drops what was fetched with old credentials when another tab changes them, and asks again', async () => {
    localStorage.setItem(CREDENTIALS_KEY, JSON.stringify({ tracklyApiKey: 'key-A' }));
    answerPerKey();
    renderApp(`/offers/${OFFER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Offer seen with key-A' })).toBeInTheDocument();

    otherTabSaves({ tracklyApiKey: 'key-B' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Offer seen with key-B' })).toBeInTheDocument();
    expect(screen.queryByText('Offer seen with key-A')).not.toBeInTheDocument();
  });
});
