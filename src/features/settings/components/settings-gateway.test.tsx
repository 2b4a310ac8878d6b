import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '@/app/app-routes';
import { AppProviders } from '@/app/providers';
import { loadConfigFile } from '@/config/runtime-config';
import { installLayoutApis } from '@/testing/browser-apis';
import { envelope, makeOffer, publishedOffer, publishedTrackingLinks } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { createTestQueryClient } from '@/testing/render';
import { settingsStore } from '../lib/settings-store';

installLayoutApis();
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const ORIGIN = window.location.origin;
const GATEWAY = `${ORIGIN}/api`;
const OTHER_API = 'http://other.test';

beforeEach(() => {
  settingsStore.reset();
});

/**
 * Renders the app the way main.tsx starts it: /config.json (answered by MSW) read by
 * loadConfigFile, then handed to the providers as the deploy config.
 */
async function renderWithConfig(config: Record<string, unknown>, url = '/settings') {
  server.use(http.get(`${ORIGIN}/config.json`, () => HttpResponse.json(config)));
  const configFile = await loadConfigFile();
  const deploy = {
    configFile: configFile.apiBaseUrl,
    credentialsOnServer: configFile.credentialsOnServer,
    origin: ORIGIN,
  };
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={createTestQueryClient()} deploy={deploy}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return { user };
}

function renderGateway(vendors: string[] = ['trackly', 'offerslook'], url?: string) {
  return renderWithConfig({ apiBaseUrl: '/api', credentialsOnServer: vendors }, url);
}

function baseUrlInput() {
  return screen.getByRole('textbox', { name: 'API base URL' });
}

function credentialFields() {
  return [
    screen.queryByLabelText('Trackly API key'),
    screen.queryByRole('textbox', { name: 'Offerslook email' }),
    screen.queryByLabelText('Offerslook API key'),
    screen.queryByRole('checkbox', { name: /Remember on this device/ }),
  ].filter((field) => field !== null);
}

async function connectionResult(): Promise<HTMLElement> {
  return waitFor(() => {
    const result = screen.getAllByRole('status').find((element) => element.textContent.includes('Connection test for'));
    if (!result) throw new Error('No connection test result yet');
    return result;
  });
}

describe('SettingsPage behind a gateway that holds the keys', () => {
  it('says the server keeps the keys and shows no key fields', async () => {
    await renderGateway();
    const credentials = screen.getByRole('group', { name: 'Credentials' });
    expect(credentials).toHaveTextContent(
      'No keys needed here. This server keeps the API keys for Trackly and Offerslook and adds them to each request itself.',
    );
    expect(credentials).toHaveTextContent('To use your own keys with a different API, enter its base URL above');
    expect(credentials).not.toHaveTextContent('sent straight to the API above');
    expect(credentialFields()).toEqual([]);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`API: ${GATEWAY} (from config.json)`);
  });

  it('shows the key fields, as before, once a different base URL is entered, and hides them again when it is cleared', async () => {
    const { user } = await renderGateway();
    await user.click(baseUrlInput());
    await user.paste(OTHER_API);

    expect(screen.getByRole('group', { name: 'Credentials (optional)' })).toHaveTextContent(
      'sent straight to the API above',
    );
    expect(credentialFields()).toHaveLength(4);

    await user.clear(baseUrlInput());
    expect(credentialFields()).toEqual([]);
    expect(screen.getByRole('group', { name: 'Credentials' })).toHaveTextContent('This server keeps the API keys');
  });

  it("treats the gateway's own address typed in full as the gateway", async () => {
    const { user } = await renderGateway();
    await user.click(baseUrlInput());
    await user.paste(`${GATEWAY}/`);
    expect(credentialFields()).toEqual([]);
  });

  it('shows the key fields when a different API was saved in Settings earlier', async () => {
    settingsStore.setBaseUrl(OTHER_API);
    await renderGateway();
    expect(baseUrlInput()).toHaveValue(OTHER_API);
    expect(credentialFields()).toHaveLength(4);
    expect(screen.queryByText(/This server keeps the API keys/)).not.toBeInTheDocument();
  });

  it('names a vendor the gateway has no keys for, and what is missing because of it', async () => {
    await renderGateway(['trackly']);
    const credentials = screen.getByRole('group', { name: 'Credentials' });
    expect(credentials).toHaveTextContent('This server keeps the API keys for Trackly and adds them');
    expect(credentials).toHaveTextContent(
      'It has no Offerslook email and key, so tracking links cannot be loaded through it.',
    );
  });

  it('says that keys saved earlier are kept but not used here, and Reset forgets them', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_old' }, true, OTHER_API);
    const { user } = await renderGateway();
    expect(screen.getByRole('group', { name: 'Credentials' })).toHaveTextContent(
      'Keys saved in this browser earlier are kept for that case. Reset to defaults forgets them.',
    );
    expect(screen.getByRole('group', { name: 'Credentials' })).toHaveTextContent(
      `They were saved for ${OTHER_API} and go to no other API.`,
    );
    expect(screen.queryByDisplayValue('trk_old')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('group', { name: 'Credentials' })).not.toHaveTextContent(
      'Keys saved in this browser earlier',
    );
    expect(window.localStorage.getItem('offers-dashboard.api-credentials')).toBeNull();
  });

  it("tests the gateway, and blames the server's keys, not the user's, when they are refused", async () => {
    server.use(
      http.get(`${GATEWAY}/v2/offers`, () =>
        HttpResponse.json({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 }),
      ),
    );
    const { user } = await renderGateway();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await connectionResult();
    expect(result).toHaveTextContent(
      `Connection test for ${GATEWAY}: Trackly: Unauthorized. The API refused the Trackly key this server holds: “Invalid API key”. Ask the operator of this dashboard to check it.`,
    );
    expect(result).not.toHaveTextContent('below');
  });

  it('reports Connected for both vendors through the gateway', async () => {
    server.use(
      http.get(`${GATEWAY}/v2/offers`, () =>
        HttpResponse.json({ offers: [makeOffer({})], pagination: { page: 1, per_page: 1, total: 3, total_pages: 3 } }),
      ),
      http.get(`${GATEWAY}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json(envelope(publishedTrackingLinks)),
      ),
    );
    const { user } = await renderGateway();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent(
      `Connection test for ${GATEWAY}: Trackly: Connected. The offers API answered: 3 offers. Offerslook: Connected (credentials accepted). It gave the tracking links for offer ${publishedOffer.id}.`,
    );
  });

  it("blames the server's Offerslook email and key when only Offerslook refuses them", async () => {
    server.use(
      http.get(`${GATEWAY}/v2/offers`, () =>
        HttpResponse.json({ offers: [makeOffer({})], pagination: { page: 1, per_page: 1, total: 3, total_pages: 3 } }),
      ),
      http.get(`${GATEWAY}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json(
          { code: 401, message: 'Unauthorized: invalid email or API key', data: null },
          { status: 401 },
        ),
      ),
    );
    const { user } = await renderGateway();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await connectionResult();
    expect(result).toHaveTextContent('Trackly: Connected.');
    expect(result).toHaveTextContent(
      'Offerslook: Unauthorized. The API refused the Offerslook email and key this server holds: “Unauthorized: invalid email or API key”. Ask the operator of this dashboard to check them.',
    );
  });

  it('explains a refused key (?reason=unauthorized) without pointing at fields that are not there', async () => {
    await renderGateway(undefined, '/settings?reason=unauthorized');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The API did not accept the credentials this server holds for Trackly. Ask the operator of this dashboard to check its Trackly API key',
    );
    expect(alert).not.toHaveTextContent('Enter a valid');
    expect(document.body).toHaveFocus();
  });

  it("names the server's Offerslook email and key when Offerslook refused them (&vendor=offerslook)", async () => {
    await renderGateway(undefined, '/settings?reason=unauthorized&vendor=offerslook');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Offerslook API did not accept the email and API key this server holds. Ask the operator of this dashboard to check them',
    );
  });
});

describe('SettingsPage with a config.json that does not claim server-held keys', () => {
  it.each([
    ['no flag', { apiBaseUrl: '/api' }],
    ['an invalid flag', { apiBaseUrl: '/api', credentialsOnServer: true }],
    ['only unknown vendors', { apiBaseUrl: '/api', credentialsOnServer: ['stripe'] }],
  ])('shows the key fields (%s)', async (_case, config) => {
    await renderWithConfig(config);
    expect(screen.getByRole('group', { name: 'Credentials (optional)' })).toHaveTextContent(
      'sent straight to the API above',
    );
    expect(credentialFields()).toHaveLength(4);
  });
});
