import { describe, expect, it } from 'vitest';
import { compareStarts, findDuplicates, isApiUrl, pathOf, tally, type ApiRequest } from './api-requests.ts';

const request = (path: string, phase: string, start?: number, end?: number): ApiRequest => ({
  method: 'GET',
  path,
  phase,
  start,
  end,
});

describe('api requests', () => {
  it('recognises both vendor APIs by path, on any base URL', () => {
    expect(isApiUrl('http://127.0.0.1:1/demo-api/v2/offers?page=1')).toBe(true);
    expect(isApiUrl('http://127.0.0.1:1/api/aff/v1/offers/x/tracking_links')).toBe(true);
    expect(isApiUrl('http://127.0.0.1:1/config.json')).toBe(false);
    expect(isApiUrl('http://127.0.0.1:1/offers/abc')).toBe(false);
    expect(isApiUrl('not a url')).toBe(false);
    expect(pathOf('http://127.0.0.1:1/demo-api/v2/offers?page=1#x')).toBe('/demo-api/v2/offers?page=1');
  });

  it('flags the same request made twice, with the phases that made it', () => {
    const requests = [
      request('/v2/offers/a', 'hover'),
      request('/aff/v1/offers/a/tracking_links', 'hover'),
      request('/v2/offers/a', 'click'),
    ];
    expect(findDuplicates(requests)).toEqual([{ request: 'GET /v2/offers/a', count: 2, phases: ['hover', 'click'] }]);
    expect(findDuplicates(requests.slice(0, 2))).toEqual([]);
  });

  it('calls it a waterfall only when the second request starts after the first response ended', () => {
    expect(compareStarts(request('/o', 'load', 100, 140), request('/l', 'load', 101, 150))).toEqual({
      kind: 'parallel',
      startGapMs: 1,
    });
    expect(compareStarts(request('/o', 'load', 100, 140), request('/l', 'load', 145, 180))).toEqual({
      kind: 'waterfall',
      startGapMs: 45,
      waitedAfterEndMs: 5,
    });
    expect(compareStarts(request('/o', 'load', 100, 140), undefined).kind).toBe('unknown');
    expect(compareStarts(request('/o', 'load', 100), request('/l', 'load', 101)).kind).toBe('unknown');
  });

  it('tallies outcomes across runs', () => {
    expect(tally(['2', '2'])).toBe('2 (every run)');
    expect(tally(['2', '3', '2'])).toBe('2 (2 runs), 3 (1 run)');
  });
});
