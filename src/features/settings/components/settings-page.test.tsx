import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { envelope, makeOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { settingsStore } from '../lib/settings-store';

installLayoutApis();
// The whole app renders per test; on a busy 2-core machine a page can take over a second.
configure({ asyncUtilTimeout: 4_000 });
vi.setConfig({ testTimeout: 15_000 });

const OTHER_API = 'http://other.test';
const BASE_URL_KEY = 'offers-dashboard.api-base-url';
const CREDENTIALS_KEY = 'offers-dashboard.api-credentials';

// The store keeps a snapshot in memory across tests; start every test from the defaults.
beforeEach(() => {
  settingsStore.reset();
});

async function renderSettings(url = '/settings') {
  const rendered = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return rendered;
}

type User = ReturnType<typeof renderApp>['user'];

/** Puts a value in a field the way a paste does: one input event, not one per key. */
async function fill(user: User, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

function baseUrlInput() {
  return screen.getByRole('textbox', { name: 'API base URL' });
}

/** The live region under the form that reports the connection test. */
async function connectionResult(): Promise<HTMLElement> {
  return waitFor(() => {
    const result = screen.getAllByRole('status').find((element) => element.textContent.includes('Connection test for'));
    if (!result) throw new Error('No connection test result yet');
    return result;
  });
}

function listAnswer(total: number, name = 'Listed offer') {
  return HttpResponse.json({
    offers: [makeOffer({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name })],
    pagination: { page: 1, per_page: 25, total, total_pages: Math.ceil(total / 25) },
  });
}

describe('SettingsPage: API base URL', () => {
  it('ties an invalid URL error to the input and saves nothing', async () => {
    const { user } = await renderSettings();
    const input = baseUrlInput();
    expect(input).not.toHaveAttribute('aria-invalid');

    await fill(user, input, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/The API base URL must start with http:\/\/ or https:\/\//);
    expect(window.localStorage.getItem(BASE_URL_KEY)).toBeNull();
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it.each([
    ['a relative address', 'api.example.com', /absolute URL/],
    ['credentials in the URL', 'https://me:secret@gw.example.com', /Do not put credentials in the URL/],
    ['a query string', 'https://gw.example.com/api?key=1', /cannot have a query/],
  ])('explains why %s is refused', async (_case, value, reason) => {
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), value);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(baseUrlInput()).toHaveAccessibleDescription(reason);
  });

  it('clears the error as soon as the URL is edited', async () => {
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), 'ftp://x');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(baseUrlInput()).toHaveAttribute('aria-invalid', 'true');
    await user.type(baseUrlInput(), 'y');
    expect(baseUrlInput()).not.toHaveAttribute('aria-invalid');
    expect(baseUrlInput()).not.toHaveAccessibleDescription(/must start with/);
  });

  it('saves a valid URL and uses it for the next requests', async () => {
    let defaultApiRequests = 0;
    server.use(
      http.get(`${TEST_API}/*`, () => {
        defaultApiRequests += 1;
        return HttpResponse.json({ error: 'wrong API' }, { status: 500 });
      }),
      http.get(`${OTHER_API}/v2/offers`, () => listAnswer(1, 'Offer from the other API')),
      http.get(`${OTHER_API}/v2/offers/:id`, ({ params }) =>
        HttpResponse.json(makeOffer({ id: String(params.id), name: 'Offer from the other API' })),
      ),
      http.get(`${OTHER_API}/aff/v1/offers/:id/tracking_links`, () => HttpResponse.json(envelope(publishedTrackingLinks))),
    );
    const { user } = await renderSettings();

    await fill(user, baseUrlInput(), `${OTHER_API}/`);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getByText('Saved.')).toBeInTheDocument();
    expect(window.localStorage.getItem(BASE_URL_KEY)).toBe(OTHER_API);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`API: ${OTHER_API} (from Settings)`);
    await waitFor(() => {
      expect(screen.getAllByRole('status').some((region) => region.textContent === 'Settings saved')).toBe(true);
    });

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Offers' }));
    await user.click(await screen.findByRole('link', { name: 'Offer from the other API' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Offer from the other API' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Copy tracking link' })).toBeInTheDocument();
    expect(defaultApiRequests).toBe(0);
  });

  it('goes back to the deploy default when the URL field is emptied and saved', async () => {
    window.localStorage.setItem(BASE_URL_KEY, OTHER_API);
    settingsStore.setBaseUrl(OTHER_API);
    const { user } = await renderSettings();
    expect(baseUrlInput()).toHaveValue(OTHER_API);

    await user.clear(baseUrlInput());
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(window.localStorage.getItem(BASE_URL_KEY)).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`API: ${TEST_API} (from config.json)`);
  });
});

describe('SettingsPage: credentials', () => {
  it('keeps credentials for this tab only (sessionStorage) by default, and sends them', async () => {
    let apiKey: string | null = null;
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        apiKey = request.headers.get('x-api-key');
        return listAnswer(1);
      }),
    );
    const { user } = await renderSettings();
    expect(screen.getByRole('checkbox', { name: /Remember on this device/ })).not.toBeChecked();

    await fill(user, screen.getByLabelText('Trackly API key'), '  trk_abcdefghijklmnopqrstuvwxyz012345  ');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const stored = window.sessionStorage.getItem(CREDENTIALS_KEY) ?? '';
    expect(stored).toContain('trk_abcdefghijklmnopqrstuvwxyz012345');
    expect(stored).not.toContain('  trk_');
    expect(window.localStorage.getItem(CREDENTIALS_KEY)).toBeNull();

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Offers' }));
    await screen.findByRole('link', { name: 'Listed offer' });
    expect(apiKey).toBe('trk_abcdefghijklmnopqrstuvwxyz012345');
  });

  it('keeps credentials on this device (localStorage) when "Remember on this device" is ticked', async () => {
    const { user } = await renderSettings();
    await fill(user, screen.getByRole('textbox', { name: 'Offerslook email' }), 'aff@example.com');
    await fill(user, screen.getByLabelText('Offerslook API key'), 'ol_key');
    await user.click(screen.getByRole('checkbox', { name: /Remember on this device/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const stored = window.localStorage.getItem(CREDENTIALS_KEY) ?? '';
    expect(stored).toContain('aff@example.com');
    expect(stored).toContain('ol_key');
    expect(window.sessionStorage.getItem(CREDENTIALS_KEY)).toBeNull();
  });

  it('shows saved credentials again when the page is opened later, without showing the keys as text', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_saved' }, true);
    await renderSettings();
    const key = screen.getByLabelText('Trackly API key');
    expect(key).toHaveValue('trk_saved');
    expect(key).toHaveAttribute('type', 'password');
    expect(screen.getByRole('checkbox', { name: /Remember on this device/ })).toBeChecked();
  });

  it('Reset to defaults forgets the URL and the credentials everywhere', async () => {
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await fill(user, screen.getByLabelText('Trackly API key'), 'trk_to_forget');
    await user.click(screen.getByRole('checkbox', { name: /Remember on this device/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(window.localStorage.getItem(CREDENTIALS_KEY)).toContain('trk_to_forget');

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));

    expect(window.localStorage.getItem(BASE_URL_KEY)).toBeNull();
    expect(window.localStorage.getItem(CREDENTIALS_KEY)).toBeNull();
    expect(window.sessionStorage.getItem(CREDENTIALS_KEY)).toBeNull();
    expect(baseUrlInput()).toHaveValue('');
    expect(screen.getByLabelText('Trackly API key')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: /Remember on this device/ })).not.toBeChecked();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`API: ${TEST_API} (from config.json)`);
    await waitFor(() => {
      expect(screen.getAllByRole('status').some((region) => region.textContent === 'Settings reset to the defaults')).toBe(
        true,
      );
    });
  });
});

describe('SettingsPage: Test connection', () => {
  it('reports Connected with the number of offers', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        seen = new URL(request.url);
        return listAnswer(1234);
      }),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await connectionResult();
    expect(result).toHaveTextContent(`Connection test for ${TEST_API}: Connected. The offers API answered: 1,234 offers.`);
    expect(seen?.searchParams.get('per_page')).toBe('1');
  });

  it('reports Unauthorized with the API message when the key is refused (401)', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers`, () =>
        HttpResponse.json({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 }),
      ),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent(
      'Unauthorized. The API refused the credentials: “Invalid API key” Check the keys below.',
    );
  });

  it('reports Unreachable when nothing answers', async () => {
    server.use(http.get(`${TEST_API}/v2/offers`, () => HttpResponse.error()));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent('Unreachable. Nothing answered at this address');
  });

  it('reports "Not an offers API" when something else answers (200 with {})', async () => {
    server.use(http.get(`${TEST_API}/v2/offers`, () => HttpResponse.json({})));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent(
      'Not an offers API. Something answered, but not with the Trackly offers API.',
    );
  });

  it('tests the URL and key typed in the form, before they are saved', async () => {
    let apiKey: string | null = null;
    server.use(
      http.get(`${OTHER_API}/v2/offers`, ({ request }) => {
        apiKey = request.headers.get('x-api-key');
        return listAnswer(7);
      }),
    );
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await fill(user, screen.getByLabelText('Trackly API key'), 'trk_typed');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await connectionResult()).toHaveTextContent(`Connection test for ${OTHER_API}: Connected.`);
    expect(apiKey).toBe('trk_typed');
    expect(window.localStorage.getItem(BASE_URL_KEY)).toBeNull();
  });

  it('does not test an invalid URL, and says what is wrong with it', async () => {
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(baseUrlInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('status').some((region) => region.textContent.includes('Connection test for'))).toBe(false);
  });

  it('shows "Testing…" on a disabled button while the test runs', async () => {
    const answer = deferred();
    server.use(
      http.get(`${TEST_API}/v2/offers`, async () => {
        await answer.promise;
        return listAnswer(2);
      }),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByRole('button', { name: 'Testing…' })).toBeDisabled();
    answer.resolve();
    expect(await connectionResult()).toHaveTextContent('Connected.');
    expect(screen.getByRole('button', { name: 'Test connection' })).toBeEnabled();
  });
});

/** What the browser fires on the document when the page's CSP blocks a request. */
function cspViolation(directive: string, blockedURI: string): Event {
  const event = new Event('securitypolicyviolation', { bubbles: true, composed: true });
  Object.defineProperties(event, {
    effectiveDirective: { value: directive },
    violatedDirective: { value: directive },
    blockedURI: { value: blockedURI },
  });
  return event;
}

describe('SettingsPage: an address the server\'s security policy blocks', () => {
  const BLOCKED_MESSAGE =
    'Blocked by this server’s security policy. The browser did not let this page call http://other.test: the dashboard server’s Content-Security-Policy (connect-src) does not allow that address. Ask the operator to add http://other.test to CSP_CONNECT_SRC.';

  it('says the policy blocked the address, and what the operator must allow, instead of "Unreachable"', async () => {
    server.use(
      http.get(`${OTHER_API}/v2/offers`, ({ request }) => {
        // The browser refuses the request and reports the violation; the fetch fails.
        document.dispatchEvent(cspViolation('connect-src', request.url));
        return HttpResponse.error();
      }),
    );
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    const result = await connectionResult();
    expect(result).toHaveTextContent(`Connection test for ${OTHER_API}: ${BLOCKED_MESSAGE}`);
    expect(result).not.toHaveTextContent('Unreachable');
  });

  it('updates the answer when the violation is reported after the request failed', async () => {
    server.use(http.get(`${OTHER_API}/v2/offers`, () => HttpResponse.error()));
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent('Unreachable.');

    fireEvent(document, cspViolation('connect-src', `${OTHER_API}/v2/offers?page=1&per_page=1`));

    expect(await connectionResult()).toHaveTextContent(BLOCKED_MESSAGE);
  });

  it.each([
    ['another directive', cspViolation('img-src', `${OTHER_API}/pixel.gif`)],
    ['another address', cspViolation('connect-src', 'http://elsewhere.test/v2/offers')],
  ])('still says "Unreachable" after a violation for %s', async (_case, event) => {
    server.use(http.get(`${OTHER_API}/v2/offers`, () => HttpResponse.error()));
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    fireEvent(document, event);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await connectionResult();
    expect(result).toHaveTextContent('Unreachable. Nothing answered at this address');
    expect(result).not.toHaveTextContent('security policy');
  });
});

describe('SettingsPage: why the user was sent here', () => {
  it('explains a refused key (?reason=unauthorized)', async () => {
    await renderSettings('/settings?reason=unauthorized');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The API did not accept the credentials. Enter a valid key below, or check the API base URL.',
    );
  });

  it('explains a refused access (?reason=forbidden)', async () => {
    await renderSettings('/settings?reason=forbidden');
    expect(screen.getByRole('alert')).toHaveTextContent('The API refused access');
  });

  it('shows no banner without a known reason', async () => {
    await renderSettings('/settings?reason=<b>hi</b>');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the page in the tab title', async () => {
    await renderSettings();
    expect(document.title).toBe('Settings · Offers dashboard');
  });
});
