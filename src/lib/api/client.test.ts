import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { getOffer } from '@/features/offers/api/get-offer';
import { getTrackingLinks } from '@/features/tracking-links/api';
import { envelope, publishedOffer, publishedTrackingLinks, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { ApiError } from './api-error';
import type { ApiErrorKind } from './api-error';
import { createApiClient } from './client';
import type { ApiCredentials } from './client';
import type { Vendor } from '@/contract';
import * as v from 'valibot';

/** Any JSON: these tests look at the transport, not at a vendor's shapes. */
const anyJson = v.unknown();

const OFFER_PATH = `/v2/offers/${publishedOffer.id}`;
const LINKS_PATH = `/aff/v1/offers/${publishedOffer.id}/tracking_links`;

const credentials: ApiCredentials = {
  tracklyApiKey: 'trk_0123456789abcdefABCDEF0123456789',
  offerslookEmail: 'affiliate@example.com',
  offerslookApiKey: 'ol_secret_key_42',
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail, but it succeeded');
}

async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** Trackly answers the offer request with this JSON error body and status. */
function answerOffer(body: JsonBodyType, status: number): void {
  server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.json(body, { status })));
}

/** The ApiError of a plain Trackly offer request, whatever the test's handler answered. */
function tracklyOfferFailure(): Promise<ApiError> {
  return apiFailure(createApiClient({ baseUrl: TEST_API }).get(OFFER_PATH, anyJson, { vendor: 'trackly' }));
}

function decodeBasic(header: string | null): string {
  expect(header).toMatch(/^Basic [A-Za-z0-9+/=]+$/);
  const binary = atob((header ?? '').slice('Basic '.length));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

describe('createApiClient: successful requests', () => {
  it('returns the parsed JSON body of a 200 answer', async () => {
    const client = createApiClient({ baseUrl: TEST_API });
    await expect(client.get(OFFER_PATH, anyJson, { vendor: 'trackly' })).resolves.toEqual(publishedOffer);
  });

  it('builds the query string from the given params, leaving out empty and undefined ones', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({});
      }),
    );
    const client = createApiClient({ baseUrl: TEST_API });
    await client.get('/v2/offers', anyJson, {
      vendor: 'trackly',
      query: { status: 'paused', page: 3, per_page: 50, q: '', missing: undefined },
    });
    expect(seen?.searchParams.get('status')).toBe('paused');
    expect(seen?.searchParams.get('page')).toBe('3');
    expect(seen?.searchParams.get('per_page')).toBe('50');
    expect(seen?.searchParams.has('q')).toBe(false);
    expect(seen?.searchParams.has('missing')).toBe(false);
  });

  it('sends no "?" when there are no query params', async () => {
    let seen = '';
    server.use(
      http.get(`${TEST_API}/v2/offers`, ({ request }) => {
        seen = request.url;
        return HttpResponse.json({});
      }),
    );
    await createApiClient({ baseUrl: TEST_API }).get('/v2/offers', anyJson, {
      vendor: 'trackly',
      query: { status: undefined },
    });
    expect(seen).toBe(`${TEST_API}/v2/offers`);
  });

  it.each([`${TEST_API}/`, `${TEST_API}///`])('handles a trailing slash in the base URL (%s)', async (baseUrl) => {
    let seen = '';
    server.use(
      http.get(`${TEST_API}/*`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json(publishedOffer);
      }),
    );
    await createApiClient({ baseUrl }).get(OFFER_PATH, anyJson, { vendor: 'trackly' });
    expect(seen).toBe(OFFER_PATH);
  });

  it('keeps a path prefix of the base URL (a gateway mounted under /api)', async () => {
    let seen = '';
    server.use(
      http.get(`${TEST_API}/api/v2/offers/:id`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json(publishedOffer);
      }),
    );
    await createApiClient({ baseUrl: `${TEST_API}/api/` }).get(OFFER_PATH, anyJson, { vendor: 'trackly' });
    expect(seen).toBe(`/api${OFFER_PATH}`);
  });

  it('encodes an offer id into one path segment (getOffer)', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${TEST_API}/v2/offers/*`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ ...publishedOffer, id: 'a/b c?d' });
      }),
    );
    const offer = await getOffer(createApiClient({ baseUrl: TEST_API }), 'a/b c?d');
    expect(seen?.pathname).toBe('/v2/offers/a%2Fb%20c%3Fd');
    expect(seen?.search).toBe('');
    expect(offer.id).toBe('a/b c?d');
  });

  it('encodes an offer id into one path segment (getTrackingLinks)', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${TEST_API}/aff/v1/offers/*`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json(envelope(publishedTrackingLinks));
      }),
    );
    await getTrackingLinks(createApiClient({ baseUrl: TEST_API }), '../x#y');
    expect(seen?.pathname).toBe('/aff/v1/offers/..%2Fx%23y/tracking_links');
    expect(seen?.hash).toBe('');
  });

  it('asks for JSON and never sends cookies', async () => {
    let accept: string | null = null;
    let cookie: string | null = 'unset';
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, ({ request }) => {
        accept = request.headers.get('accept');
        cookie = request.headers.get('cookie');
        return HttpResponse.json(publishedOffer);
      }),
    );
    await createApiClient({ baseUrl: TEST_API }).get(OFFER_PATH, anyJson, { vendor: 'trackly' });
    expect(accept).toBe('application/json');
    expect(cookie).toBeNull();
  });
});

describe('createApiClient: credentials', () => {
  function captureHeaders() {
    const seen: Record<Vendor, Headers | undefined> = { trackly: undefined, offerslook: undefined };
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, ({ request }) => {
        seen.trackly = request.headers;
        return HttpResponse.json(publishedOffer);
      }),
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, ({ request }) => {
        seen.offerslook = request.headers;
        return HttpResponse.json(envelope(publishedTrackingLinks));
      }),
    );
    return seen;
  }

  it('sends X-Api-Key only on Trackly requests and Basic auth only on Offerslook requests', async () => {
    const seen = captureHeaders();
    const client = createApiClient({ baseUrl: TEST_API, credentials });
    await client.get(OFFER_PATH, anyJson, { vendor: 'trackly' });
    await client.get(LINKS_PATH, anyJson, { vendor: 'offerslook' });

    expect(seen.trackly?.get('x-api-key')).toBe(credentials.tracklyApiKey);
    expect(seen.trackly?.get('authorization')).toBeNull();

    expect(seen.offerslook?.get('x-api-key')).toBeNull();
    expect(decodeBasic(seen.offerslook?.get('authorization') ?? null)).toBe(
      `${credentials.offerslookEmail ?? ''}:${credentials.offerslookApiKey ?? ''}`,
    );
  });

  it('encodes non-ASCII email and key as UTF-8 in the Basic header', async () => {
    const seen = captureHeaders();
    const client = createApiClient({
      baseUrl: TEST_API,
      credentials: { offerslookEmail: 'zoë@exämple.com', offerslookApiKey: 'ключ-🔑' },
    });
    await client.get(LINKS_PATH, anyJson, { vendor: 'offerslook' });
    expect(decodeBasic(seen.offerslook?.get('authorization') ?? null)).toBe('zoë@exämple.com:ключ-🔑');
  });

  it('sends no Basic header when only half of the Offerslook pair is set', async () => {
    const seen = captureHeaders();
    const client = createApiClient({ baseUrl: TEST_API, credentials: { offerslookEmail: 'affiliate@example.com' } });
    await client.get(LINKS_PATH, anyJson, { vendor: 'offerslook' });
    expect(seen.offerslook?.get('authorization')).toBeNull();
  });

  it('sends no credential headers when none are configured', async () => {
    const seen = captureHeaders();
    const client = createApiClient({ baseUrl: TEST_API });
    await client.get(OFFER_PATH, anyJson, { vendor: 'trackly' });
    await client.get(LINKS_PATH, anyJson, { vendor: 'offerslook' });
    expect(seen.trackly?.get('x-api-key')).toBeNull();
    expect(seen.offerslook?.get('authorization')).toBeNull();
  });

  const secrets = [
    credentials.tracklyApiKey ?? '',
    credentials.offerslookEmail ?? '',
    credentials.offerslookApiKey ?? '',
    btoa(`${credentials.offerslookEmail ?? ''}:${credentials.offerslookApiKey ?? ''}`),
  ];

  it.each<[string, Vendor, () => Response | Promise<Response>]>([
    ['401', 'trackly', () => HttpResponse.json({ error: 'Invalid API key', code: 'unauthorized' }, { status: 401 })],
    ['401', 'offerslook', () => HttpResponse.json({ code: 401, message: 'Unauthorized' }, { status: 401 })],
    ['500', 'trackly', () => HttpResponse.json({ error: 'Internal error', code: 'server_error' }, { status: 500 })],
    ['502 HTML', 'offerslook', () => HttpResponse.html('<h1>Bad gateway</h1>', { status: 502 })],
    ['network failure', 'trackly', () => HttpResponse.error()],
    ['network failure', 'offerslook', () => HttpResponse.error()],
    ['truncated JSON', 'offerslook', () => new HttpResponse('{"code":0,', { status: 200 })],
  ])('keeps every credential out of the error (%s, %s)', async (_case, vendor, answer) => {
    server.use(http.get(`${TEST_API}/*`, answer));
    const client = createApiClient({ baseUrl: TEST_API, credentials });
    const error = await apiFailure(client.get(vendor === 'trackly' ? OFFER_PATH : LINKS_PATH, anyJson, { vendor }));
    const serialised = `${JSON.stringify(error)} ${error.message} ${String(error)}`;
    for (const secret of secrets) expect(serialised).not.toContain(secret);
  });

  it('keeps every credential out of a timeout error', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, async () => {
        await delay(1_000);
        return HttpResponse.json(publishedOffer);
      }),
    );
    const client = createApiClient({ baseUrl: TEST_API, credentials, timeoutMs: 20 });
    const error = await apiFailure(client.get(OFFER_PATH, anyJson, { vendor: 'trackly' }));
    expect(error.kind).toBe('timeout');
    const serialised = `${JSON.stringify(error)} ${error.message}`;
    for (const secret of secrets) expect(serialised).not.toContain(secret);
  });
});

describe('createApiClient: failures become one ApiError kind each', () => {
  it.each<[ApiErrorKind, Vendor, () => Response | Promise<Response>]>([
    ['unauthorized', 'offerslook', () => HttpResponse.json({ code: 401, message: 'Unauthorized' }, { status: 401 })],
    ['forbidden', 'trackly', () => HttpResponse.json({ error: 'Account is suspended' }, { status: 403 })],
    ['server', 'offerslook', () => HttpResponse.html('<h1>Bad gateway</h1>', { status: 502 })],
    ['network', 'trackly', () => HttpResponse.error()],
    ['malformed', 'offerslook', () => new HttpResponse('{"code":0,', { status: 200 })],
  ])('names the vendor it asked on a %s error (%s), whatever the path', async (kind, vendor, answer) => {
    // A path that says nothing about the vendor: the error must not depend on it.
    server.use(http.get(`${TEST_API}/elsewhere`, answer));
    const error = await apiFailure(createApiClient({ baseUrl: TEST_API }).get('/elsewhere', anyJson, { vendor }));
    expect(error.kind).toBe(kind);
    expect(error.vendor).toBe(vendor);
  });

  it('names the vendor it asked on a timeout', async () => {
    server.use(
      http.get(`${TEST_API}/elsewhere`, async () => {
        await delay(1_000);
        return HttpResponse.json({});
      }),
    );
    const client = createApiClient({ baseUrl: TEST_API, timeoutMs: 20 });
    const error = await apiFailure(client.get('/elsewhere', anyJson, { vendor: 'offerslook' }));
    expect(error.kind).toBe('timeout');
    expect(error.vendor).toBe('offerslook');
  });

  it('turns a Trackly 401 into "unauthorized" and keeps the upstream message and code', async () => {
    answerOffer({ error: 'Invalid API key', code: 'unauthorized' }, 401);
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.upstreamMessage).toBe('Invalid API key');
    expect(error.upstreamCode).toBe('unauthorized');
    expect(error.path).toBe(OFFER_PATH);
    expect(error.message).toContain('Invalid API key');
  });

  it('turns a 403 "Account is suspended" into "forbidden" with that message', async () => {
    answerOffer({ error: 'Account is suspended', code: 'forbidden' }, 403);
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('forbidden');
    expect(error.upstreamMessage).toBe('Account is suspended');
  });

  it('reads the reason of an Offerslook error envelope ({code, message})', async () => {
    server.use(
      http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, () =>
        HttpResponse.json({ code: 403, message: 'Affiliate is blocked' }, { status: 403 }),
      ),
    );
    const error = await apiFailure(
      createApiClient({ baseUrl: TEST_API }).get(LINKS_PATH, anyJson, { vendor: 'offerslook' }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.upstreamMessage).toBe('Affiliate is blocked');
    expect(error.upstreamCode).toBe(403);
  });

  it.each<[number, ApiErrorKind]>([
    [404, 'not-found'],
    [429, 'rate-limited'],
    [400, 'client'],
    [422, 'client'],
    [500, 'server'],
    [503, 'server'],
  ])('turns HTTP %i into "%s"', async (status, kind) => {
    answerOffer({ error: `status ${status}` }, status);
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.upstreamMessage).toBe(`status ${status}`);
  });

  it.each<[string, string, number | undefined]>([
    ['delta-seconds', '30', 30],
    ['an HTTP date', 'Sun, 22 Nov 2026 00:01:30 GMT', 90],
    ['a date in the past', 'Sat, 21 Nov 2026 23:00:00 GMT', 0],
    ['a negative number', '-5', undefined],
    ['words', 'soon', undefined],
  ])('keeps how long a 429 asks to wait, given as %s', async (_, header, seconds) => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-22T00:00:00Z') });
    try {
      server.use(
        http.get(`${TEST_API}/v2/offers/:id`, () =>
          HttpResponse.json(
            { error: 'Slow down', code: 'rate_limited' },
            { status: 429, headers: { 'Retry-After': header } },
          ),
        ),
      );
      const error = await tracklyOfferFailure();
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterSeconds).toBe(seconds);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns an HTML error page (502 text/html) into "server" and never keeps its markup', async () => {
    const page =
      '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><script>x()</script></body></html>';
    server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.html(page, { status: 502 })));
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.upstreamMessage).toBeUndefined();
    expect(error.message).not.toMatch(/[<>]|Bad Gateway/);
    expect(JSON.stringify(error)).not.toContain('<');
  });

  it('clips a very long upstream message', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.json({ error: 'x'.repeat(5_000) }, { status: 500 })),
    );
    const error = await tracklyOfferFailure();
    expect(error.upstreamMessage?.length).toBeLessThan(400);
  });

  it('turns a failed connection into "network"', async () => {
    server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.error()));
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
  });

  it('turns an answer slower than timeoutMs into "timeout"', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, async () => {
        await delay(1_000);
        return HttpResponse.json(publishedOffer);
      }),
    );
    const started = Date.now();
    const error = await apiFailure(
      createApiClient({ baseUrl: TEST_API, timeoutMs: 30 }).get(OFFER_PATH, anyJson, { vendor: 'trackly' }),
    );
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('does not time out an answer that arrives within timeoutMs', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, async () => {
        await delay(10);
        return HttpResponse.json(publishedOffer);
      }),
    );
    await expect(
      createApiClient({ baseUrl: TEST_API, timeoutMs: 2_000 }).get(OFFER_PATH, anyJson, { vendor: 'trackly' }),
    ).resolves.toEqual(publishedOffer);
  });

  it('turns a truncated JSON body with 200 into "malformed"', async () => {
    server.use(
      http.get(
        `${TEST_API}/v2/offers/:id`,
        () =>
          new HttpResponse('{"id": "664f1a2b3c4d5e6f7a8b9c0d", "name": "Summ', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
  });

  it('turns an HTML page served with 200 into "malformed"', async () => {
    server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.html('<html><body>Login</body></html>')));
    const error = await tracklyOfferFailure();
    expect(error.kind).toBe('malformed');
  });

  it('rethrows the abort itself (not an ApiError) when the caller cancels', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, async () => {
        await delay(1_000);
        return HttpResponse.json(publishedOffer);
      }),
    );
    const controller = new AbortController();
    const request = createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 }).get(OFFER_PATH, anyJson, {
      vendor: 'trackly',
      signal: controller.signal,
    });
    setTimeout(() => {
      controller.abort();
    }, 10);
    const error = await failure(request);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toHaveProperty('name', 'AbortError');
  });

  it('does not send the request at all when the caller has already cancelled', async () => {
    let requests = 0;
    server.use(
      http.get(`${TEST_API}/v2/offers/:id`, () => {
        requests += 1;
        return HttpResponse.json(publishedOffer);
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      createApiClient({ baseUrl: TEST_API }).get(OFFER_PATH, anyJson, { vendor: 'trackly', signal: controller.signal }),
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(requests).toBe(0);
  });
});
