import { configure, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { settingsStore } from '../lib/settings-store';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const OTHER_API = 'http://other.test';
const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';
const NOTE = `Keys saved for ${OTHER_API} are not sent to ${TEST_API}. Enter keys for this API, or switch back.`;

beforeEach(() => {
  settingsStore.reset();
});

async function renderSettings() {
  const rendered = renderApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return rendered;
}

function baseUrlInput() {
  return screen.getByRole('textbox', { name: 'API base URL' });
}

function savedApi(): unknown {
  const raw = localStorage.getItem(CREDENTIALS_KEY) ?? sessionStorage.getItem(CREDENTIALS_KEY) ?? 'null';
  return (JSON.parse(raw) as { data?: { api?: unknown } } | null)?.data?.api;
}

describe('SettingsPage: keys saved for another API', () => {
  it('names both APIs, leaves the fields empty, and shows the keys again for their own API', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_other' }, true, OTHER_API);
    const { user } = await renderSettings();

    expect(screen.getByRole('note', { name: 'Saved keys' })).toHaveTextContent(NOTE);
    expect(screen.getByLabelText('Trackly API key')).toHaveValue('');

    // Switching back to their API shows them, and the note goes.
    await user.click(baseUrlInput());
    await user.paste(`${OTHER_API}/`);
    expect(screen.getByLabelText('Trackly API key')).toHaveValue('trk_other');
    expect(screen.queryByRole('note', { name: 'Saved keys' })).not.toBeInTheDocument();
  });

  it('keeps them bound to their API when the form is saved for another without new keys', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_other' }, true, OTHER_API);
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(settingsStore.getSnapshot()).toMatchObject({
      credentials: { tracklyApiKey: 'trk_other' },
      credentialsApi: OTHER_API,
    });
  });

  it('binds keys the user enters to the base URL saved with them, and to no later one', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_other' }, true, OTHER_API);
    const { user } = await renderSettings();
    await user.click(screen.getByLabelText('Trackly API key'));
    await user.paste('trk_mine');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(settingsStore.getSnapshot().credentials).toEqual({ tracklyApiKey: 'trk_mine' });
    expect(savedApi()).toBe(TEST_API);
    expect(screen.queryByRole('note', { name: 'Saved keys' })).not.toBeInTheDocument();

    // Saved keys are not carried along to another API by the next save.
    await user.click(baseUrlInput());
    await user.paste(OTHER_API);
    expect(screen.getByLabelText('Trackly API key')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(savedApi()).toBe(TEST_API);
    expect(screen.getByRole('note', { name: 'Saved keys' })).toHaveTextContent(
      `Keys saved for ${TEST_API} are not sent to ${OTHER_API}.`,
    );
  });

  it('forgets them on request', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_other' }, false, OTHER_API);
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Forget saved keys' }));

    expect(sessionStorage.getItem(CREDENTIALS_KEY)).toBeNull();
    expect(screen.queryByRole('note', { name: 'Saved keys' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole('status').some((region) => region.textContent === 'Saved keys forgotten')).toBe(true);
    });
  });

  it('does not send them when testing the connection to the API in use', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_other' }, true, OTHER_API);
    const keys: string[] = [];
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        keys.push(request.headers.get('X-Api-Key') ?? '-');
        return HttpResponse.json({
          offers: [makeOffer({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa' })],
          pagination: { page: 1, per_page: 1, total: 1, total_pages: 1 },
        });
      }),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => {
      expect(keys).toEqual(['-']);
    });
  });
});
