import { describe, expect, it } from 'vitest';
import { INVALID_ID, matchGatewayPath } from './gateway-path.ts';

describe('matchGatewayPath', () => {
  it('matches the three endpoints', () => {
    expect(matchGatewayPath('/v2/offers', '?page=2')).toEqual({
      family: 'trackly',
      path: '/v2/offers',
      query: '?page=2',
    });
    expect(matchGatewayPath('/v2/offers/abc', '?page=2')).toEqual({
      family: 'trackly',
      path: '/v2/offers/abc',
      query: '',
    });
    expect(matchGatewayPath('/aff/v1/offers/7/tracking_links', '')).toEqual({
      family: 'offerslook',
      path: '/aff/v1/offers/7/tracking_links',
      query: '',
    });
  });

  it('re-encodes the id as one segment', () => {
    expect(matchGatewayPath('/v2/offers/legacy%20offer%207%3Fx%3D1%26y%3D50%25%23top', '')).toMatchObject({
      path: '/v2/offers/legacy%20offer%207%3Fx%3D1%26y%3D50%25%23top',
    });
    expect(matchGatewayPath('/v2/offers/a b', '')).toMatchObject({ path: '/v2/offers/a%20b' });
  });

  it('refuses ids that decode (once or twice) to a slash, backslash or dot segment', () => {
    const ids = [
      '..%2F..%2Fadmin',
      '..%5C..%5Cadmin',
      '%252e%252e%252f',
      'a%2Fb',
      'a%5Cb',
      '.',
      '%2E%2e',
      '%252e%252e',
      '%252E',
      'x%255cy',
      '%E0%A4%A',
      'x'.repeat(600),
    ];
    for (const id of ids) {
      expect(matchGatewayPath(`/v2/offers/${id}`, ''), id).toBe(INVALID_ID);
      expect(matchGatewayPath(`/aff/v1/offers/${id}/tracking_links`, ''), id).toBe(INVALID_ID);
    }
  });

  it('answers null (not found) for empty ids and other paths', () => {
    for (const rawPath of [
      '/v2/offers/',
      '',
      '/',
      '/v2',
      '/v2/offers/a/b',
      'v2/offers',
      '/aff/v1/offers//tracking_links',
    ]) {
      expect(matchGatewayPath(rawPath, ''), rawPath).toBeNull();
    }
  });

  it('keeps only non-empty status, page and per_page (first value) for the list', () => {
    const query = (search: string) => (matchGatewayPath('/v2/offers', search) as { query: string }).query;
    expect(query('?per_page=5&status=&page=1&page=9&x=1&status_x=2')).toBe('?page=1&per_page=5');
    expect(query('?status=a%26b%3Dc')).toBe('?status=a%26b%3Dc');
    expect(query('')).toBe('');
  });
});
