import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { PUBLISHED_OFFER_ID } from './data/ids.ts';
import { linksPath } from './test-utils.ts';

function preflight(origin: string, path = '/v2/offers'): RequestInit & { path: string } {
  return {
    path,
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'x-api-key, authorization',
    },
  };
}

describe('CORS and caching', () => {
  it('answers a preflight for any origin by default, even with auth on', async () => {
    const app = createDemoApi({ requireAuth: true });
    for (const path of ['/v2/offers', `/v2/offers/${PUBLISHED_OFFER_ID}`, linksPath(PUBLISHED_OFFER_ID)]) {
      const { path: p, ...init } = preflight('http://localhost:5173', path);
      const res = await app.request(p, init);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,OPTIONS');
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',');
      expect(allowed).toEqual(expect.arrayContaining(['x-api-key', 'authorization', 'content-type']));
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('adds CORS and no-store to normal, error and 404 responses', async () => {
    const app = createDemoApi({ requireAuth: true });
    for (const path of ['/v2/offers', '/nope']) {
      const res = await app.request(path, { headers: { Origin: 'https://dash.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
    }
    const ok = await createDemoApi().request('/v2/offers');
    expect(ok.headers.get('cache-control')).toBe('no-store');
  });

  it('restricts origins to a configured list', async () => {
    const app = createDemoApi({ corsOrigins: ['http://localhost:5173'] });
    const { path, ...allowedInit } = preflight('http://localhost:5173');
    const allowed = await app.request(path, allowedInit);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const { path: p2, ...deniedInit } = preflight('https://evil.example');
    const denied = await app.request(p2, deniedInit);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const get = await app.request('/v2/offers', { headers: { Origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});
