import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { PUBLISHED_OFFER_ID } from './data/ids.ts';
import { parseDemoApiOptions } from './options.ts';
import { linksPath, offerPath, requestJson } from './test-utils.ts';

describe('--rate-limit', () => {
  it('answers past the rate with 429, the vendor body and Retry-After in whole seconds', async () => {
    const app = createDemoApi({ rateLimit: 2 });
    expect((await app.request(offerPath(PUBLISHED_OFFER_ID))).status).toBe(200);
    expect((await app.request(linksPath(PUBLISHED_OFFER_ID))).status).toBe(200);

    const links = await requestJson(app, linksPath(PUBLISHED_OFFER_ID));
    expect(links.status).toBe(429);
    expect(links.body).toEqual({ code: 429, message: 'Too many requests', data: null });
    expect(Number(links.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);

    const offer = await requestJson(app, offerPath(PUBLISHED_OFFER_ID));
    expect(offer.status).toBe(429);
    expect(offer.body).toMatchObject({ code: 'rate_limited' });
    expect(offer.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
    // The browser can read the header and the body across origins.
    expect(offer.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('lets requests through again once the bucket refills', async () => {
    const app = createDemoApi({ rateLimit: 20 });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await app.request(offerPath(PUBLISHED_OFFER_ID))).status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await app.request(offerPath(PUBLISHED_OFFER_ID))).status).toBe(200);
  });

  it('is off by default, and read from the flag and the environment', () => {
    expect(parseDemoApiOptions([], {}).rateLimit).toBe(0);
    expect(parseDemoApiOptions(['--rate-limit', '5'], {}).rateLimit).toBe(5);
    expect(parseDemoApiOptions([], { DEMO_API_RATE_LIMIT: '2.5' }).rateLimit).toBe(2.5);
    expect(() => parseDemoApiOptions(['--rate-limit', 'fast'], {})).toThrow(/--rate-limit/);
  });
});
