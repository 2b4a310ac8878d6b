import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi } from '../../demo-api/app.ts';
import { ENCODED_ID_OFFER_ID, MISSING_OFFER_ID, PUBLISHED_OFFER_ID } from '../../demo-api/data/ids.ts';
import { parseForceRule } from '../../demo-api/force-rules.ts';
import { createServer } from '../app.ts';
import { listenFetch, type Listening } from '../testing/listen.ts';
import { testServerOptions } from '../testing/server-options.ts';
import { createTempDist, type TempDist } from '../testing/temp-dist.ts';

const TRACKLY_KEY = 'trk_Gw7kQ2mZ9xR4tY1uP8sD3fH6jL0nB5vC';
const OFFERSLOOK_EMAIL = 'gateway-affiliate@example.com';
const OFFERSLOOK_KEY = 'ol-gateway-secret-4f9a';
const BASIC_TOKEN = Buffer.from(`${OFFERSLOOK_EMAIL}:${OFFERSLOOK_KEY}`).toString('base64');
const SECRETS = [TRACKLY_KEY, OFFERSLOOK_KEY, OFFERSLOOK_EMAIL, BASIC_TOKEN];

let dist: TempDist;
let upstream: Listening;
let app: ReturnType<typeof createServer>;
let lines: string[];
/** Everything the browser saw: status lines, headers and bodies, raw. */
const seen: string[] = [];

async function browserGet(path: string, init?: RequestInit): Promise<{ res: Response; text: string }> {
  const res = await app.request(path, init);
  const text = await res.text();
  const headerLines: string[] = [];
  res.headers.forEach((value, name) => {
    headerLines.push(`${name}: ${value}`);
  });
  seen.push(`${res.status}\n${headerLines.join('\n')}\n\n${text}`);
  return { res, text };
}

beforeAll(async () => {
  dist = await createTempDist();
  const demo = createDemoApi({
    requireAuth: true,
    tracklyKey: TRACKLY_KEY,
    offerslookEmail: OFFERSLOOK_EMAIL,
    offerslookKey: OFFERSLOOK_KEY,
    // The demo API sends Retry-After: 1 with a 429 and Retry-After: 5 with a 503.
    forces: ['rate-limited-offer=429', 'unavailable-offer=503'].map(parseForceRule),
  });
  upstream = await listenFetch(demo.fetch);
  const options = testServerOptions(dist.dir, {
    gateway: {
      trackly: { baseUrl: upstream.url, apiKey: TRACKLY_KEY },
      offerslook: { baseUrl: upstream.url, email: OFFERSLOOK_EMAIL, apiKey: OFFERSLOOK_KEY },
      timeoutMs: 5_000,
    },
  });
  lines = options.lines;
  app = createServer(options);
});

afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

describe('gateway in front of the demo API with auth required', () => {
  it('the upstream really refuses requests without credentials', async () => {
    expect((await fetch(`${upstream.url}/v2/offers`)).status).toBe(401);
    expect((await fetch(`${upstream.url}/aff/v1/offers/${PUBLISHED_OFFER_ID}/tracking_links`)).status).toBe(401);
  });

  it('lists offers with the forwarded query', async () => {
    const { res, text } = await browserGet('/api/v2/offers?status=paused&per_page=3&page=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = JSON.parse(text) as { offers: Array<{ status: string }>; pagination: { per_page: number } };
    expect(body.offers).toHaveLength(3);
    expect(body.offers.every((offer) => offer.status === 'paused')).toBe(true);
    expect(body.pagination.per_page).toBe(3);
  });

  it('gets one offer and its tracking links', async () => {
    const offer = await browserGet(`/api/v2/offers/${PUBLISHED_OFFER_ID}`);
    expect(offer.res.status).toBe(200);
    expect(JSON.parse(offer.text)).toMatchObject({ id: PUBLISHED_OFFER_ID, name: 'Summer Promo' });

    const links = await browserGet(`/api/aff/v1/offers/${PUBLISHED_OFFER_ID}/tracking_links`);
    expect(links.res.status).toBe(200);
    expect(JSON.parse(links.text)).toMatchObject({
      code: 0,
      data: { tracking_link: { url: expect.any(String) as string } },
    });
  });

  it('forwards an id with reserved characters as one segment, and it round-trips', async () => {
    const { res, text } = await browserGet(`/api/v2/offers/${encodeURIComponent(ENCODED_ID_OFFER_ID)}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ id: ENCODED_ID_OFFER_ID });
  });

  it('refuses an id holding a slash (it could name another path upstream) with 400', async () => {
    const { res, text } = await browserGet(`/api/v2/offers/${encodeURIComponent('legacy offer/7')}`);
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toEqual({ error: 'Invalid offer id', code: 'invalid_id' });
  });

  it('passes upstream errors through with their status and body', async () => {
    const missing = await browserGet(`/api/v2/offers/${MISSING_OFFER_ID}`);
    expect(missing.res.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ error: 'Offer not found', code: 'not_found' });
    const badQuery = await browserGet('/api/v2/offers?status=bogus');
    expect(badQuery.res.status).toBe(400);
    expect(JSON.parse(badQuery.text)).toMatchObject({ code: 'invalid_parameter' });
  });

  it('passes Retry-After through on 429 and 503, so the app can say how long to wait', async () => {
    const limited = await browserGet('/api/v2/offers/rate-limited-offer');
    expect(limited.res.status).toBe(429);
    expect(limited.res.headers.get('Retry-After')).toBe('1');
    expect(JSON.parse(limited.text)).toMatchObject({ code: 'rate_limited' });
    const limitedLinks = await browserGet('/api/aff/v1/offers/rate-limited-offer/tracking_links');
    expect(limitedLinks.res.status).toBe(429);
    expect(limitedLinks.res.headers.get('Retry-After')).toBe('1');

    const down = await browserGet('/api/v2/offers/unavailable-offer');
    expect(down.res.status).toBe(503);
    expect(down.res.headers.get('Retry-After')).toBe('5');
    const downLinks = await browserGet('/api/aff/v1/offers/unavailable-offer/tracking_links');
    expect(downLinks.res.status).toBe(503);
    expect(downLinks.res.headers.get('Retry-After')).toBe('5');
  });

  it('replaces credentials the browser sends with the configured ones', async () => {
    const trackly = await browserGet('/api/v2/offers?per_page=1', {
      headers: { 'X-Api-Key': 'trk_wrongwrongwrongwrongwrongwrong12', Cookie: 'session=abc' },
    });
    expect(trackly.res.status).toBe(200);
    const offerslook = await browserGet(`/api/aff/v1/offers/${PUBLISHED_OFFER_ID}/tracking_links`, {
      headers: { Authorization: `Basic ${Buffer.from('someone@else:nope').toString('base64')}` },
    });
    expect(offerslook.res.status).toBe(200);
  });

  it('answers HEAD with 405 and no body: GET only', async () => {
    const { res, text } = await browserGet('/api/v2/offers', { method: 'HEAD' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET');
    expect(text).toBe('');
    expect(lines.at(-1)).toMatch(/^gateway HEAD \/api\/v2\/offers 405 \d+ms$/);
  });

  it('refuses traversal attempts in the offer id with 400', async () => {
    const attempts = [
      '/api/v2/offers/..%2F..%2Fadmin',
      '/api/v2/offers/..%2f..%2f..%2fv2%2foffers',
      '/api/v2/offers/%2e%2e%2f',
      '/api/aff/v1/offers/..%2F..%2F..%2Fv2%2Foffers/tracking_links',
    ];
    for (const attempt of attempts) {
      const { res, text } = await browserGet(attempt);
      expect(res.status, attempt).toBe(400);
      expect(JSON.parse(text), attempt).toEqual({ error: 'Invalid offer id', code: 'invalid_id' });
    }
  });

  it('logs method, path, status and duration for each request', async () => {
    await browserGet('/api/v2/offers?status=active&api_key=leak');
    expect(lines.at(-1)).toMatch(/^gateway GET \/api\/v2\/offers\?status=active 200 \d+ms$/);
    await browserGet(`/api/v2/offers/${MISSING_OFFER_ID}`);
    expect(lines.at(-1)).toMatch(new RegExp(`^gateway GET /api/v2/offers/${MISSING_OFFER_ID} 404 \\d+ms$`));
  });

  it('never shows a credential: not in responses, config.json or logs', async () => {
    await browserGet('/config.json');
    await browserGet('/api/v2/offers/x/y');
    await browserGet('/', { headers: { Accept: 'text/html' } });
    expect(seen.length).toBeGreaterThan(10);
    expect(lines.length).toBeGreaterThan(10);
    const everything = [...seen, ...lines].join('\n');
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });
});
