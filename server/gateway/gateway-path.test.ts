import { describe, expect, it } from 'vitest';
import { matchGatewayPath } from './gateway-path.ts';

describe('matchGatewayPath', () => {
  it('matches the three endpoints', () => {
    expect(matchGatewayPath('/v2/offers', '?page=2')).toEqual({ family: 'trackly', path: '/v2/offers', query: '?page=2' });
    expect(matchGatewayPath('/v2/offers/abc', '?page=2')).toEqual({ family: 'trackly', path: '/v2/offers/abc', query: '' });
    expect(matchGatewayPath('/aff/v1/offers/7/tracking_links', '')).toEqual({
      family: 'offerslook',
      path: '/aff/v1/offers/7/tracking_links',
      query: '',
    });
  });

  it('re-encodes the id as one segment', () => {
    expect(matchGatewayPath('/v2/offers/legacy%20offer%2F7%3Fx%3D1%26y%3D50%25%23top', '')?.path).toBe(
      '/v2/offers/legacy%20offer%2F7%3Fx%3D1%26y%3D50%25%23top',
    );
    expect(matchGatewayPath('/v2/offers/a b', '')?.path).toBe('/v2/offers/a%20b');
  });

  it('refuses dot-segment ids, bad escapes, empty ids and anything else', () => {
    for (const rawPath of ['/v2/offers/.', '/v2/offers/%2E%2e', '/v2/offers/%E0%A4%A', '/v2/offers/', '', '/', '/v2', '/v2/offers/a/b', 'v2/offers', `/v2/offers/${'x'.repeat(600)}`]) {
      expect(matchGatewayPath(rawPath, ''), rawPath).toBeNull();
    }
  });

  it('keeps only non-empty status, page and per_page (first value) for the list', () => {
    expect(matchGatewayPath('/v2/offers', '?per_page=5&status=&page=1&page=9&x=1&status_x=2')?.query).toBe('?page=1&per_page=5');
    expect(matchGatewayPath('/v2/offers', '?status=a%26b%3Dc')?.query).toBe('?status=a%26b%3Dc');
    expect(matchGatewayPath('/v2/offers', '')?.query).toBe('');
  });
});
