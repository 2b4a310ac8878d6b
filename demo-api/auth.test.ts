import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { constantTimeEqual, parseBasicAuth } from './auth.ts';
import { PUBLISHED_OFFER_ID } from './data/ids.ts';
import { DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY, DEFAULT_TRACKLY_KEY } from './options.ts';
import { basicAuth, linksPath, offerPath, requestJson } from './test-utils.ts';

const TRACKLY_PATHS = ['/v2/offers', offerPath(PUBLISHED_OFFER_ID)];
const LINKS = linksPath(PUBLISHED_OFFER_ID);

describe('auth off (default)', () => {
  const app = createDemoApi();
  it('serves every route without credentials', async () => {
    for (const path of [...TRACKLY_PATHS, LINKS]) expect((await app.request(path)).status).toBe(200);
  });
});

describe('auth on', () => {
  const app = createDemoApi({ requireAuth: true });

  it('uses a default Trackly key of trk_ + 32 alphanumerics', () => {
    expect(DEFAULT_TRACKLY_KEY).toMatch(/^trk_[A-Za-z0-9]{32}$/);
  });

  it('Trackly: missing key => 401 missing_api_key, wrong key => 401 unauthorized, right key => 200', async () => {
    for (const path of TRACKLY_PATHS) {
      const missing = await requestJson(app, path);
      expect(missing.status).toBe(401);
      expect(missing.body).toMatchObject({ code: 'missing_api_key' });
      const empty = await requestJson(app, path, { headers: { 'X-Api-Key': '' } });
      expect(empty.body).toMatchObject({ code: 'missing_api_key' });
      const wrong = await requestJson(app, path, { headers: { 'X-Api-Key': 'trk_wrong000000000000000000000000000' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ code: 'unauthorized', error: 'Invalid API key' });
      const prefix = await requestJson(app, path, { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY.slice(0, -1) } });
      expect(prefix.status).toBe(401);
      const ok = await app.request(path, { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY } });
      expect(ok.status).toBe(200);
    }
  });

  it('Trackly key is not accepted for Offerslook, nor Basic for Trackly', async () => {
    expect((await app.request(LINKS, { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY } })).status).toBe(401);
    const basic = basicAuth(DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY);
    expect((await app.request('/v2/offers', { headers: { Authorization: basic } })).status).toBe(401);
  });

  it('Offerslook: missing or wrong Basic credentials => HTTP 401 envelope, right => 200', async () => {
    const missing = await requestJson(app, LINKS);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ code: 401, data: null });
    expect((missing.body as { message: string }).message).toMatch(/^Unauthorized/);
    expect(missing.headers.get('www-authenticate')).toBeNull();
    for (const header of [
      basicAuth(DEFAULT_OFFERSLOOK_EMAIL, 'wrong'),
      basicAuth('other@example.com', DEFAULT_OFFERSLOOK_KEY),
      basicAuth(DEFAULT_OFFERSLOOK_EMAIL, ''),
      `Bearer ${DEFAULT_OFFERSLOOK_KEY}`,
      'Basic !!!notbase64',
    ]) {
      const wrong = await requestJson(app, LINKS, { headers: { Authorization: header } });
      expect(wrong.status, header).toBe(401);
      expect(wrong.body, header).toMatchObject({ code: 401, data: null });
    }
    const ok = await requestJson(app, LINKS, {
      headers: { Authorization: basicAuth(DEFAULT_OFFERSLOOK_EMAIL, DEFAULT_OFFERSLOOK_KEY) },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ code: 0, message: 'Success' });
  });

  it('honours configured credentials', async () => {
    const key = 'trk_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
    const custom = createDemoApi({
      requireAuth: true,
      tracklyKey: key,
      offerslookEmail: 'me@x.test',
      offerslookKey: 'k:with:colons',
    });
    expect((await custom.request('/v2/offers', { headers: { 'X-Api-Key': DEFAULT_TRACKLY_KEY } })).status).toBe(401);
    expect((await custom.request('/v2/offers', { headers: { 'X-Api-Key': key } })).status).toBe(200);
    const ok = await custom.request(LINKS, { headers: { Authorization: basicAuth('me@x.test', 'k:with:colons') } });
    expect(ok.status).toBe(200);
  });
});

describe('auth helpers', () => {
  it('constantTimeEqual compares exactly', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('é', 'e')).toBe(false);
  });

  it('parseBasicAuth decodes UTF-8 and splits on the first colon', () => {
    expect(parseBasicAuth(basicAuth('jöe@x.test', 'a:b'))).toEqual({ user: 'jöe@x.test', password: 'a:b' });
    expect(parseBasicAuth('basic ' + btoa('u:p'))).toEqual({ user: 'u', password: 'p' });
    expect(parseBasicAuth(undefined)).toBeUndefined();
    expect(parseBasicAuth('Basic ' + btoa('no-colon'))).toBeUndefined();
  });
});
