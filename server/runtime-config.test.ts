import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './app.ts';
import { readServerOptions } from './options.ts';
import { createTempDist, type TempDist } from './testing/temp-dist.ts';

let dist: TempDist;
beforeAll(async () => {
  dist = await createTempDist();
});
afterAll(() => dist.cleanup());

const GATEWAY_ENV = {
  TRACKLY_BASE_URL: 'https://app.tracklysms.com/api',
  TRACKLY_API_KEY: 'trk_SECRETSECRETSECRETSECRETSECRET12',
  OFFERSLOOK_BASE_URL: 'https://net.api.offerslook.com',
  OFFERSLOOK_EMAIL: 'aff@example.com',
  OFFERSLOOK_API_KEY: 'ol-secret-key',
};

async function configFor(env: Record<string, string>): Promise<{ text: string; res: Response }> {
  const options = { ...readServerOptions({ DIST_DIR: dist.dir, PORT: '0', ...env }), log: () => undefined };
  const res = await createServer(options).request('/config.json');
  return { text: await res.text(), res };
}

describe('/config.json', () => {
  it('points the app at the embedded demo API by default', async () => {
    const { text, res } = await configFor({});
    expect(JSON.parse(text)).toEqual({ apiBaseUrl: '/demo-api' });
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('uses API_BASE_URL when set', async () => {
    expect(JSON.parse((await configFor({ API_BASE_URL: 'https://api.example.com/v/' })).text)).toEqual({
      apiBaseUrl: 'https://api.example.com/v',
    });
    expect(JSON.parse((await configFor({ API_BASE_URL: '/upstream' })).text)).toEqual({ apiBaseUrl: '/upstream' });
  });

  it('uses /api in gateway mode, over API_BASE_URL, says the server holds the keys, and holds no credential', async () => {
    const { text } = await configFor({ ...GATEWAY_ENV, API_BASE_URL: 'https://api.example.com' });
    expect(JSON.parse(text)).toEqual({ apiBaseUrl: '/api', credentialsOnServer: ['trackly', 'offerslook'] });
    for (const secret of [GATEWAY_ENV.TRACKLY_API_KEY, GATEWAY_ENV.OFFERSLOOK_API_KEY, GATEWAY_ENV.OFFERSLOOK_EMAIL]) {
      expect(text).not.toContain(secret);
    }
    for (const upstream of [GATEWAY_ENV.TRACKLY_BASE_URL, GATEWAY_ENV.OFFERSLOOK_BASE_URL]) {
      expect(text).not.toContain(upstream);
    }
  });

  it('names only the vendors the gateway has keys for', async () => {
    expect(JSON.parse((await configFor({ TRACKLY_BASE_URL: 'https://t.example', TRACKLY_API_KEY: 'k' })).text)).toEqual(
      {
        apiBaseUrl: '/api',
        credentialsOnServer: ['trackly'],
      },
    );
    const offerslookOnly = {
      OFFERSLOOK_BASE_URL: GATEWAY_ENV.OFFERSLOOK_BASE_URL,
      OFFERSLOOK_EMAIL: GATEWAY_ENV.OFFERSLOOK_EMAIL,
      OFFERSLOOK_API_KEY: GATEWAY_ENV.OFFERSLOOK_API_KEY,
    };
    expect(JSON.parse((await configFor(offerslookOnly)).text)).toEqual({
      apiBaseUrl: '/api',
      credentialsOnServer: ['offerslook'],
    });
  });

  it('does not claim server-held keys for an external API or the demo API', async () => {
    expect(JSON.parse((await configFor({ API_BASE_URL: 'https://api.example.com' })).text)).not.toHaveProperty(
      'credentialsOnServer',
    );
    expect(JSON.parse((await configFor({})).text)).not.toHaveProperty('credentialsOnServer');
  });

  it('is empty when the demo API is off and nothing else is configured', async () => {
    expect(JSON.parse((await configFor({ DEMO_API: 'off' })).text)).toEqual({});
  });

  it('wins over a config.json file in dist', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dist.dir}/config.json`, '{"apiBaseUrl":"https://stale.example"}');
    expect(JSON.parse((await configFor({})).text)).toEqual({ apiBaseUrl: '/demo-api' });
  });
});

describe('/demo-api', () => {
  it('serves the demo API unless DEMO_API=off', async () => {
    const on = createServer({ ...readServerOptions({ DIST_DIR: dist.dir, PORT: '0' }), log: () => undefined });
    const list = await on.request('/demo-api/v2/offers?per_page=1');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { offers: unknown[] }).offers).toHaveLength(1);
    const unknown = await on.request('/demo-api/v9/nothing', { headers: { Accept: 'text/html' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toContain('application/json');

    const off = createServer({
      ...readServerOptions({ DIST_DIR: dist.dir, PORT: '0', DEMO_API: 'off' }),
      log: () => undefined,
    });
    const res = await off.request('/demo-api/v2/offers', { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'The demo API is off on this server', code: 'not_found' });
  });

  it('passes DEMO_API_* settings to the demo API', async () => {
    const app = createServer({
      ...readServerOptions({ DIST_DIR: dist.dir, PORT: '0', DEMO_API_REQUIRE_AUTH: '1' }),
      log: () => undefined,
    });
    expect((await app.request('/demo-api/v2/offers')).status).toBe(401);
  });
});
