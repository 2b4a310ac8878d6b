import { http, HttpResponse } from 'msw';
import { server } from '@/testing/msw-server';
import { DEMO_API_PATH } from '@/contract';
import { loadConfigFile, resolveBaseUrl } from './runtime-config';

const ORIGIN = 'https://dash.example.com';
const CONFIG_URL = `${window.location.origin}/config.json`;

describe('resolveBaseUrl', () => {
  const all = {
    settings: 'https://from-settings.example.com',
    configFile: 'https://from-config.example.com',
    build: 'https://from-build.example.com',
    origin: ORIGIN,
  };

  it('prefers Settings over config.json, the build and the demo API', () => {
    expect(resolveBaseUrl(all)).toEqual({ url: 'https://from-settings.example.com', source: 'settings' });
  });

  it('uses config.json when Settings has nothing', () => {
    expect(resolveBaseUrl({ ...all, settings: null })).toEqual({
      url: 'https://from-config.example.com',
      source: 'config-file',
    });
  });

  it('uses the build setting when neither Settings nor config.json has one', () => {
    expect(resolveBaseUrl({ ...all, settings: undefined, configFile: '' })).toEqual({
      url: 'https://from-build.example.com',
      source: 'build',
    });
  });

  it('falls back to the demo API next to the app when nothing is configured', () => {
    expect(resolveBaseUrl({ origin: ORIGIN })).toEqual({ url: `${ORIGIN}${DEMO_API_PATH}`, source: 'demo' });
  });

  it('skips an invalid Settings value and uses the next valid source', () => {
    expect(resolveBaseUrl({ ...all, settings: 'javascript:alert(1)' })).toEqual({
      url: 'https://from-config.example.com',
      source: 'config-file',
    });
  });

  it('skips invalid values all the way down to the demo API', () => {
    expect(
      resolveBaseUrl({
        settings: 'https://user:pw@x.example.com',
        configFile: 'not a url',
        build: 'https://gw.example.com/?q=1',
        origin: ORIGIN,
      }),
    ).toEqual({ url: `${ORIGIN}${DEMO_API_PATH}`, source: 'demo' });
  });

  it('resolves a relative /api from config.json against the origin', () => {
    expect(resolveBaseUrl({ configFile: '/api', build: 'https://from-build.example.com', origin: ORIGIN })).toEqual({
      url: `${ORIGIN}/api`,
      source: 'config-file',
    });
  });

  it("carries config.json's server-held credentials with its URL", () => {
    expect(
      resolveBaseUrl({ configFile: '/api', credentialsOnServer: ['trackly', 'offerslook'], origin: ORIGIN }),
    ).toEqual({
      url: `${ORIGIN}/api`,
      source: 'config-file',
      credentialsOnServer: ['trackly', 'offerslook'],
    });
  });

  it('drops the server-held credentials when another source wins', () => {
    const gateway = {
      configFile: '/api',
      credentialsOnServer: ['trackly'] as const,
      build: 'https://from-build.example.com',
    };
    expect(resolveBaseUrl({ ...gateway, settings: 'https://mine.example.com', origin: ORIGIN })).toEqual({
      url: 'https://mine.example.com',
      source: 'settings',
    });
    // config.json's URL is invalid: the build's URL is used, and the claim was about the other one.
    expect(resolveBaseUrl({ ...gateway, configFile: 'not a url', origin: ORIGIN })).toEqual({
      url: 'https://from-build.example.com',
      source: 'build',
    });
  });

  it('treats an empty vendor list as no gateway', () => {
    expect(resolveBaseUrl({ configFile: '/api', credentialsOnServer: [], origin: ORIGIN })).toEqual({
      url: `${ORIGIN}/api`,
      source: 'config-file',
    });
  });

  it('strips a trailing slash from the chosen URL', () => {
    expect(resolveBaseUrl({ build: 'https://gw.example.com/api/', origin: ORIGIN }).url).toBe(
      'https://gw.example.com/api',
    );
  });
});

describe('loadConfigFile', () => {
  it('reads apiBaseUrl from /config.json on our own origin', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ apiBaseUrl: 'https://gw.example.com/api' })));
    await expect(loadConfigFile()).resolves.toEqual({ apiBaseUrl: 'https://gw.example.com/api' });
  });

  it('ignores keys other than apiBaseUrl', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ apiBaseUrl: '/api', secret: 'x', theme: 'dark' })));
    await expect(loadConfigFile()).resolves.toEqual({ apiBaseUrl: '/api' });
  });

  it("reads which vendors' keys the server holds", async () => {
    server.use(
      http.get(CONFIG_URL, () =>
        HttpResponse.json({ apiBaseUrl: '/api', credentialsOnServer: ['offerslook', 'trackly'] }),
      ),
    );
    await expect(loadConfigFile()).resolves.toEqual({
      apiBaseUrl: '/api',
      credentialsOnServer: ['trackly', 'offerslook'],
    });
  });

  it('keeps only known vendor names, each once', async () => {
    server.use(
      http.get(CONFIG_URL, () =>
        HttpResponse.json({
          apiBaseUrl: '/api',
          credentialsOnServer: ['trackly', 'stripe', 'trackly', 7, null, { vendor: 'offerslook' }],
        }),
      ),
    );
    await expect(loadConfigFile()).resolves.toEqual({ apiBaseUrl: '/api', credentialsOnServer: ['trackly'] });
  });

  it.each([
    ['true', true],
    ['a string', 'server'],
    ['an object', { trackly: true }],
    ['an empty list', []],
    ['a list of unknown vendors', ['stripe']],
  ])('ignores credentialsOnServer given as %s', async (_case, value) => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ apiBaseUrl: '/api', credentialsOnServer: value })));
    await expect(loadConfigFile()).resolves.toEqual({ apiBaseUrl: '/api' });
  });

  it('ignores credentialsOnServer without an apiBaseUrl it could describe', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ credentialsOnServer: ['trackly'] })));
    await expect(loadConfigFile()).resolves.toEqual({});
  });

  it('treats a missing file (404) as "no deploy-time setting"', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse('Not found', { status: 404 })));
    await expect(loadConfigFile()).resolves.toEqual({});
  });

  it('treats a file that is not JSON (an index.html fallback) as "no setting"', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.html('<!doctype html><html><body>app</body></html>')));
    await expect(loadConfigFile()).resolves.toEqual({});
  });

  it.each([
    ['an array', ['https://gw.example.com']],
    ['a string', 'https://gw.example.com'],
    ['null', null],
    ['apiBaseUrl as a number', { apiBaseUrl: 42 }],
    ['apiBaseUrl as an object', { apiBaseUrl: { url: 'https://gw.example.com' } }],
  ])('treats a file of the wrong shape (%s) as "no setting"', async (_case, body) => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json(body)));
    await expect(loadConfigFile()).resolves.toEqual({});
  });

  it('treats an unreachable file as "no setting"', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.error()));
    await expect(loadConfigFile()).resolves.toEqual({});
  });
});
