import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { installLayoutApis } from '@/testing/browser-apis';
import { deferred } from '@/testing/deferred';
import { envelope, makeOffer, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { renderApp } from '@/testing/render';
import { refusalHandoff } from '@/lib/refusal-handoff';
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
  refusalHandoff.clear();
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
      http.get(`${OTHER_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json(envelope(publishedTrackingLinks)),
      ),
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
    settingsStore.setCredentials({ tracklyApiKey: 'trk_saved' }, true, TEST_API);
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
      expect(
        screen.getAllByRole('status').some((region) => region.textContent === 'Settings reset to the defaults'),
      ).toBe(true);
    });
  });
});

const LISTED_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;

/** The connection test's line for one vendor. */
async function resultLine(vendor: 'Trackly' | 'Offerslook'): Promise<HTMLElement> {
  const result = await connectionResult();
  const line = within(result)
    .getAllByRole('listitem')
    .find((item) => item.textContent.startsWith(`${vendor}:`));
  if (!line) throw new Error(`No ${vendor} line in the connection test result`);
  return line;
}

async function typeOfferslookKeys(user: User) {
  await fill(user, screen.getByRole('textbox', { name: 'Offerslook email' }), 'aff@example.com');
  await fill(user, screen.getByLabelText('Offerslook API key'), 'ol_key');
}

describe('SettingsPage: what was fetched before a save', () => {
  // ApiProvider resets every query when the API client changes; the page itself clears nothing.
  const PROBE = ['probe'];

  it('keeps it when the save changes nothing, so the pages need not load again', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_same' }, false, TEST_API);
    const { user, queryClient } = await renderSettings();
    queryClient.setQueryData(PROBE, 'fetched before');

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getByText('Saved.')).toBeInTheDocument();
    expect(queryClient.getQueryData(PROBE)).toBe('fetched before');
  });

  it('drops it when a key changes: nothing fetched with the old key is shown again', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_old' }, false, TEST_API);
    const { user, queryClient } = await renderSettings();
    queryClient.setQueryData(PROBE, 'fetched with trk_old');

    await fill(user, screen.getByLabelText('Trackly API key'), '_new');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => {
      expect(queryClient.getQueryData(PROBE)).toBeUndefined();
    });
  });

  it('drops it when Reset to defaults forgets the keys', async () => {
    settingsStore.setCredentials({ tracklyApiKey: 'trk_to_forget' }, true, TEST_API);
    const { user, queryClient } = await renderSettings();
    queryClient.setQueryData(PROBE, 'fetched with trk_to_forget');

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));

    await waitFor(() => {
      expect(queryClient.getQueryData(PROBE)).toBeUndefined();
    });
  });
});

describe('SettingsPage: Test connection', () => {
  it('tests both vendors: the Trackly list, then Offerslook with the offer it listed', async () => {
    let listQuery: URLSearchParams | undefined;
    let linksFor: string | undefined;
    let basicAuth: string | null = null;
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        listQuery = new URL(request.url).searchParams;
        return listAnswer(1234);
      }),
      http.get(LINKS_ROUTE, ({ request, params }) => {
        linksFor = String(params.id);
        basicAuth = request.headers.get('authorization');
        return HttpResponse.json(envelope(publishedTrackingLinks));
      }),
    );
    const { user } = await renderSettings();
    await typeOfferslookKeys(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await connectionResult()).toHaveTextContent(`Connection test for ${TEST_API}:`);
    expect(await resultLine('Trackly')).toHaveTextContent('Trackly: Connected. The offers API answered: 1,234 offers.');
    expect(await resultLine('Offerslook')).toHaveTextContent(
      `Offerslook: Connected (credentials accepted). It gave the tracking links for offer ${LISTED_ID}.`,
    );
    expect(listQuery?.get('per_page')).toBe('1');
    expect(linksFor).toBe(LISTED_ID);
    expect(basicAuth).toBe(`Basic ${btoa('aff@example.com:ol_key')}`);
  });

  it('says Offerslook needed no credentials when it answered without any', async () => {
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Offerslook')).toHaveTextContent('Offerslook: Connected (no credentials needed).');
  });

  it('reports a refused Offerslook email and key on its own line, while Trackly is Connected (401)', async () => {
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json(
          { code: 401, message: 'Unauthorized: invalid email or API key', data: null },
          { status: 401 },
        ),
      ),
    );
    const { user } = await renderSettings();
    await typeOfferslookKeys(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await resultLine('Trackly')).toHaveTextContent('Trackly: Connected.');
    expect(await resultLine('Offerslook')).toHaveTextContent(
      'Offerslook: Unauthorized. The API refused the Offerslook email and API key: “Unauthorized: invalid email or API key”. Check them below.',
    );
  });

  it('counts an offer that is not approved as Connected: the credentials were accepted', async () => {
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json({ code: 1403, message: 'The offer is not approved for you.', data: null }),
      ),
    );
    const { user } = await renderSettings();
    await typeOfferslookKeys(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await resultLine('Offerslook')).toHaveTextContent(
      `Offerslook: Connected (credentials accepted). It gave no tracking link for offer ${publishedOffer.id}: “The offer is not approved for you.”. That is about the offer, not the credentials.`,
    );
  });

  it('reports Offerslook "Access denied" with its message (403)', async () => {
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json({ code: 1410, message: 'Your affiliate account is suspended', data: null }, { status: 403 }),
      ),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Offerslook')).toHaveTextContent(
      'Offerslook: Access denied. The API refused access: “Your affiliate account is suspended”.',
    );
  });

  it('says so when what answers the tracking links is not Offerslook', async () => {
    server.use(http.get(LINKS_ROUTE, () => HttpResponse.json({ ok: true })));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Offerslook')).toHaveTextContent(
      'Offerslook: Not a tracking-links API. Something answered, but not with the Offerslook tracking-links API.',
    );
  });

  it('does not ask Offerslook when the Trackly list has no offer to test with', async () => {
    let linkRequests = 0;
    server.use(
      http.get(`${TEST_API}/v2/offers`, () =>
        HttpResponse.json({ offers: [], pagination: { page: 1, per_page: 1, total: 0, total_pages: 0 } }),
      ),
      http.get(LINKS_ROUTE, () => {
        linkRequests += 1;
        return HttpResponse.json(envelope(publishedTrackingLinks));
      }),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Trackly')).toHaveTextContent('Trackly: Connected. The offers API answered: 0 offers.');
    expect(await resultLine('Offerslook')).toHaveTextContent(
      'Offerslook: Not tested. Its tracking links are asked for by offer, and the Trackly offer list has none to test with.',
    );
    expect(linkRequests).toBe(0);
  });

  it('reports Unauthorized with the API message when the Trackly key is refused (401)', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers`, () =>
        HttpResponse.json({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 }),
      ),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Trackly')).toHaveTextContent(
      'Trackly: Unauthorized. The API refused the Trackly API key: “Invalid API key”. Check it below.',
    );
    expect(await resultLine('Offerslook')).toHaveTextContent(
      'Offerslook: Not tested. Its tracking links are asked for by offer, and the Trackly offer list did not load.',
    );
  });

  it('reports a suspended account as "Access denied" with its message, not as a wrong key (403)', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers`, () =>
        HttpResponse.json({ error: 'Account is suspended', code: 'account_suspended' }, { status: 403 }),
      ),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const line = await resultLine('Trackly');
    expect(line).toHaveTextContent('Trackly: Access denied. The API refused access: “Account is suspended”.');
    expect(line).not.toHaveTextContent('Unauthorized');
    expect(line).not.toHaveTextContent('Check');
  });

  it('reports Unreachable when nothing answers', async () => {
    server.use(http.get(`${TEST_API}/v2/offers`, () => HttpResponse.error()));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Trackly')).toHaveTextContent('Trackly: Unreachable. Nothing answered at this address');
  });

  it('reports "Not an offers API" when something else answers (200 with {})', async () => {
    server.use(http.get(`${TEST_API}/v2/offers`, () => HttpResponse.json({})));
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Trackly')).toHaveTextContent(
      'Trackly: Not an offers API. Something answered, but not with the Trackly offers API.',
    );
  });

  it('tests the URL and key typed in the form, before they are saved', async () => {
    let apiKey: string | null = null;
    server.use(
      http.get(`${OTHER_API}/v2/offers`, ({ request }) => {
        apiKey = request.headers.get('x-api-key');
        return listAnswer(7);
      }),
      http.get(`${OTHER_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json(envelope(publishedTrackingLinks)),
      ),
    );
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await fill(user, screen.getByLabelText('Trackly API key'), 'trk_typed');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    expect(await connectionResult()).toHaveTextContent(`Connection test for ${OTHER_API}: Trackly: Connected.`);
    expect(apiKey).toBe('trk_typed');
    expect(window.localStorage.getItem(BASE_URL_KEY)).toBeNull();
  });

  it('forgets the answer once the URL is edited, so it never stands next to an address it was not about', async () => {
    server.use(http.get(`${OTHER_API}/v2/offers`, () => HttpResponse.error()));
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), OTHER_API);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await connectionResult()).toHaveTextContent(`Connection test for ${OTHER_API}: Trackly: Unreachable.`);

    await user.type(baseUrlInput(), '/api');

    expect(baseUrlInput()).toHaveValue(`${OTHER_API}/api`);
    expect(screen.getAllByRole('status').some((region) => region.textContent.includes('Connection test for'))).toBe(
      false,
    );
  });

  it('forgets the answer once a key is edited', async () => {
    server.use(
      http.get(LINKS_ROUTE, () =>
        HttpResponse.json(
          { code: 401, message: 'Unauthorized: invalid email or API key', data: null },
          { status: 401 },
        ),
      ),
    );
    const { user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await resultLine('Offerslook')).toHaveTextContent('Offerslook: Unauthorized.');

    await fill(user, screen.getByLabelText('Offerslook API key'), 'ol_fixed');

    expect(screen.getAllByRole('status').some((region) => region.textContent.includes('Connection test for'))).toBe(
      false,
    );
  });

  it('does not test an invalid URL, and says what is wrong with it', async () => {
    const { user } = await renderSettings();
    await fill(user, baseUrlInput(), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(baseUrlInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('status').some((region) => region.textContent.includes('Connection test for'))).toBe(
      false,
    );
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
    expect(await resultLine('Trackly')).toHaveTextContent('Connected.');
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

describe("SettingsPage: an address the server's security policy blocks", () => {
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
    expect(result).toHaveTextContent(`Connection test for ${OTHER_API}: Trackly: ${BLOCKED_MESSAGE}`);
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
  it('explains a refused Trackly key (?reason=unauthorized) and puts the focus on that field', async () => {
    await renderSettings('/settings?reason=unauthorized');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The API did not accept the credentials for Trackly. Enter a valid Trackly API key below, or check the API base URL.',
    );
    const key = screen.getByLabelText('Trackly API key');
    expect(key).toHaveFocus();
    expect(key).toHaveAccessibleDescription(expect.stringContaining('did not accept the credentials for Trackly'));
    expect(screen.getByLabelText('Offerslook API key')).not.toHaveAccessibleDescription(
      expect.stringContaining('did not accept'),
    );
  });

  it('names the Offerslook email and key when Offerslook refused them (&vendor=offerslook), and points at them', async () => {
    await renderSettings('/settings?reason=unauthorized&vendor=offerslook');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The Offerslook API did not accept the email and API key. Enter a valid Offerslook email and Offerslook API key below, or check the API base URL.',
    );
    expect(alert).not.toHaveTextContent('Trackly');
    const email = screen.getByRole('textbox', { name: 'Offerslook email' });
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription(expect.stringContaining('The Offerslook API did not accept'));
    expect(screen.getByLabelText('Offerslook API key')).toHaveAccessibleDescription(
      expect.stringContaining('The Offerslook API did not accept'),
    );
    expect(screen.getByLabelText('Trackly API key')).not.toHaveAccessibleDescription(
      expect.stringContaining('did not accept'),
    );
  });

  it('reads a vendor it does not know as Trackly, and never shows it', async () => {
    await renderSettings('/settings?reason=unauthorized&vendor=%3Cb%3Estripe%3C%2Fb%3E');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The API did not accept the credentials for Trackly.');
    expect(alert).not.toHaveTextContent('stripe');
  });

  it('explains a refused access (?reason=forbidden), naming the vendor, without moving the focus', async () => {
    await renderSettings('/settings?reason=forbidden&vendor=offerslook');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Offerslook API refused access (for example, the affiliate account is suspended).',
    );
    expect(document.body).toHaveFocus();
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
