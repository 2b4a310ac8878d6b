import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { MISSING_OFFER_ID, PUBLISHED_OFFER_ID, SECOND_EXAMPLE_OFFER_ID } from './data/ids.ts';
import { parseForceRule, type ForceRule } from './force-rules.ts';
import { linksPath, offerPath, requestJson } from './test-utils.ts';

const ID = PUBLISHED_OFFER_ID;
const OTHER = SECOND_EXAMPLE_OFFER_ID;

function appWith(...rules: string[]): ReturnType<typeof createDemoApi> {
  return createDemoApi({ forces: rules.map(parseForceRule), slowMs: 80, hangMs: 60_000 });
}

/** The offer, the list and the links answers of an app whose faults cover all three. */
async function eachFaultedPath(app: ReturnType<typeof createDemoApi>): Promise<Response[]> {
  const responses: Response[] = [];
  for (const path of [offerPath(ID), '/v2/offers', linksPath(ID)]) responses.push(await app.request(path));
  return responses;
}

const TRACKLY_STATUS_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'partnerships_not_enabled',
  404: 'not_found',
  429: 'rate_limited',
  500: 'server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

describe('forced HTTP statuses', () => {
  for (const [statusText, code] of Object.entries(TRACKLY_STATUS_CODES)) {
    const status = Number(statusText);
    it(`${status}: Trackly error body on the offer and list, Offerslook envelope on links`, async () => {
      const app = appWith(`${ID}=${status}`, `list=${status}`);
      for (const path of [offerPath(ID), '/v2/offers']) {
        const { status: got, body } = await requestJson(app, path);
        expect(got).toBe(status);
        expect(body).toMatchObject({ code });
        expect(typeof (body as { error: unknown }).error).toBe('string');
      }
      const links = await requestJson(app, linksPath(ID));
      expect(links.status).toBe(status);
      expect(links.body).toMatchObject({ code: status, data: null });
      // Other offers are untouched.
      expect((await app.request(offerPath(OTHER))).status).toBe(200);
      expect((await app.request(linksPath(OTHER))).status).toBe(200);
    });
  }

  it('sends Retry-After with 429 and 503', async () => {
    const app = appWith(`${ID}/offer=429`, `${ID}/links=503`);
    expect((await app.request(offerPath(ID))).headers.get('retry-after')).toBe('1');
    expect((await app.request(linksPath(ID))).headers.get('retry-after')).toBe('5');
  });
});

describe('forced modes', () => {
  it('suspended: 403 account_suspended (Trackly), 403 code 1410 (Offerslook)', async () => {
    const app = appWith(`${ID}=suspended`, 'list=suspended');
    for (const path of [offerPath(ID), '/v2/offers']) {
      const { status, body } = await requestJson(app, path);
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Account is suspended', code: 'account_suspended' });
    }
    const links = await requestJson(app, linksPath(ID));
    expect(links.status).toBe(403);
    expect(links.body).toMatchObject({ code: 1410, data: null });
  });

  it('malformed: 200 JSON content type with a truncated body', async () => {
    const app = appWith(`${ID}=malformed`, 'list=malformed');
    for (const res of await eachFaultedPath(app)) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      expect(text.length).toBeGreaterThan(0);
      expect(() => JSON.parse(text) as unknown).toThrow();
    }
    const normal = await createDemoApi().request(offerPath(ID));
    const truncated = await (await app.request(offerPath(ID))).text();
    expect((await normal.text()).startsWith(truncated)).toBe(true);
  });

  it('html: 502 text/html error page', async () => {
    const app = appWith(`${ID}=html`, 'list=html');
    for (const res of await eachFaultedPath(app)) {
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<h1>502 Bad Gateway</h1>');
    }
  });

  it('shape: 200 JSON with missing fields and wrong types', async () => {
    const app = appWith(`${ID}=shape`, 'list=shape');
    const offer = await requestJson(app, offerPath(ID));
    expect(offer.status).toBe(200);
    const body = offer.body as Record<string, unknown>;
    expect(typeof body.id).toBe('number');
    expect(typeof body.payout).toBe('string');
    expect(body).not.toHaveProperty('tracking_url');
    const list = await requestJson(app, '/v2/offers');
    expect(list.status).toBe(200);
    expect((list.body as { pagination: { page: unknown } }).pagination.page).toBe('1');
    const links = await requestJson(app, linksPath(ID));
    expect(links.status).toBe(200);
    expect((links.body as { code: unknown }).code).toBe('0');
  });

  it('not-approved: Offerslook code 1403 for the links, the offer itself unchanged', async () => {
    const app = appWith(`${ID}=not-approved`);
    const links = await requestJson(app, linksPath(ID));
    expect(links.status).toBe(200);
    expect(links.body).toMatchObject({ code: 1403, data: null });
    expect((await requestJson(app, offerPath(ID))).body).toMatchObject({ name: 'Summer Promo' });
    expect(() => parseForceRule('list=not-approved')).toThrow(/tracking links/);
    expect(() => parseForceRule(`${ID}/offer=not-approved`)).toThrow(/tracking links/);
  });

  it('slow: delays, then answers normally', async () => {
    const app = appWith(`${ID}=slow`);
    const started = performance.now();
    const { status, body } = await requestJson(app, offerPath(ID));
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: ID });
    const fast = performance.now();
    await app.request(offerPath(OTHER));
    expect(performance.now() - fast).toBeLessThan(75);
  });

  it('hang: holds the request until the client aborts', async () => {
    const app = appWith(`${ID}/links=hang`);
    const controller = new AbortController();
    let settled = false;
    const pending = Promise.resolve(app.request(linksPath(ID), { signal: controller.signal })).then((res) => {
      settled = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toBe(false);
    controller.abort();
    const res = await pending;
    expect(res.status).toBe(504);
  });

  it('hang: gives up with a 504 after hangMs', async () => {
    const app = createDemoApi({ forces: [parseForceRule(`${ID}=hang`)], hangMs: 50 });
    const { status, body } = await requestJson(app, offerPath(ID));
    expect(status).toBe(504);
    expect(body).toMatchObject({ code: 'gateway_timeout' });
  });

  it('scopes rules: <id>/offer and <id>/links touch one endpoint; a scoped rule beats an id-wide one', async () => {
    const offerOnly = appWith(`${ID}/offer=500`);
    expect((await offerOnly.request(offerPath(ID))).status).toBe(500);
    expect((await offerOnly.request(linksPath(ID))).status).toBe(200);
    expect((await offerOnly.request('/v2/offers')).status).toBe(200);
    const linksOnly = appWith(`${ID}/links=500`);
    expect((await linksOnly.request(offerPath(ID))).status).toBe(200);
    expect((await linksOnly.request(linksPath(ID))).status).toBe(500);
    const mixed = appWith(`${ID}/links=503`, `${ID}=404`);
    expect((await mixed.request(linksPath(ID))).status).toBe(503);
    expect((await mixed.request(offerPath(ID))).status).toBe(404);
    const lastWins = appWith(`${ID}=404`, `${ID}=429`);
    expect((await lastWins.request(offerPath(ID))).status).toBe(429);
  });

  it('applies to ids that do not exist and to ids that need encoding', async () => {
    const weird = 'a/b c';
    const app = appWith(`${MISSING_OFFER_ID}=503`, `${weird}=401`);
    expect((await app.request(offerPath(MISSING_OFFER_ID))).status).toBe(503);
    expect((await app.request(offerPath(weird))).status).toBe(401);
    expect((await app.request(linksPath(weird))).status).toBe(401);
  });
});

describe('parseForceRule', () => {
  it('parses targets and modes', () => {
    const cases: [string, ForceRule][] = [
      ['list=500', { scope: 'list', mode: 500 }],
      ['abc=html', { scope: 'both', id: 'abc', mode: 'html' }],
      ['abc/offer=slow', { scope: 'offer', id: 'abc', mode: 'slow' }],
      ['abc/links=not-approved', { scope: 'links', id: 'abc', mode: 'not-approved' }],
      ['a=b=404', { scope: 'both', id: 'a=b', mode: 404 }],
    ];
    for (const [text, rule] of cases) expect(parseForceRule(text)).toEqual(rule);
    for (const bad of ['list', '=500', 'abc=', 'abc=418', 'abc=HANG', 'abc=500.0']) {
      expect(() => parseForceRule(bad), bad).toThrow();
    }
  });
});

describe('error rate', () => {
  async function statuses(app: ReturnType<typeof createDemoApi>): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const path = i % 3 === 0 ? '/v2/offers?per_page=1' : i % 3 === 1 ? offerPath(ID) : linksPath(ID);
      out.push((await app.request(path)).status);
    }
    return out;
  }

  it('fails about that fraction of requests, repeatably for a seed', async () => {
    const a = await statuses(createDemoApi({ errorRate: 0.3, errorSeed: 7 }));
    const b = await statuses(createDemoApi({ errorRate: 0.3, errorSeed: 7 }));
    const c = await statuses(createDemoApi({ errorRate: 0.3, errorSeed: 8 }));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const failures = a.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(30);
    expect(failures).toBeLessThan(90);
    expect(a.every((s) => s === 200 || s === 500)).toBe(true);
  });

  it("answers with each vendor's 500 body; 0 never fails, 1 always does", async () => {
    const always = createDemoApi({ errorRate: 1 });
    const offer = await requestJson(always, offerPath(ID));
    expect(offer).toMatchObject({ status: 500, body: { code: 'server_error' } });
    const links = await requestJson(always, linksPath(ID));
    expect(links).toMatchObject({ status: 500, body: { code: 500, data: null } });
    expect((await statuses(createDemoApi({ errorRate: 0 }))).every((s) => s === 200)).toBe(true);
  });

  it('does not touch preflights', async () => {
    const res = await createDemoApi({ errorRate: 1 }).request('/v2/offers', {
      method: 'OPTIONS',
      headers: { Origin: 'http://x.test', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
  });
});

describe('latency', () => {
  it('delays every response, including 404s and preflights', async () => {
    const app = createDemoApi({ latencyMs: 60 });
    for (const init of [
      {},
      { method: 'OPTIONS', headers: { Origin: 'http://x.test', 'Access-Control-Request-Method': 'GET' } },
    ]) {
      for (const path of ['/v2/offers', '/nowhere']) {
        const started = performance.now();
        await app.request(path, init);
        expect(performance.now() - started).toBeGreaterThanOrEqual(55);
      }
    }
  });
});
