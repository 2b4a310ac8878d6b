import { describe, expect, it } from 'vitest';
import { createDemoApi } from './app.ts';
import { getDemoDataset } from './data/dataset.ts';
import {
  ENCODED_ID_OFFER_ID,
  MISSING_OFFER_ID,
  PUBLISHED_OFFER_ID,
  SECOND_EXAMPLE_OFFER_ID,
  UNKNOWN_ENUM_OFFER_ID,
} from './data/ids.ts';
import type { Offer } from './data/types.ts';
import { offerPath, requestJson } from './test-utils.ts';

const app = createDemoApi();
const dataset = getDemoDataset();

interface ListBody {
  offers: Offer[];
  pagination: { page: number; per_page: number; total: number; total_pages: number };
}

async function list(query: string): Promise<ListBody> {
  const reply = await requestJson(app, `/v2/offers${query}`);
  expect(reply.status).toBe(200);
  return reply.body as ListBody;
}

const OFFER_FIELDS = [
  'id',
  'name',
  'tracking_url',
  'external_platform',
  'external_id',
  'advertiser_id',
  'payout',
  'payout_type',
  'filter_bots',
  'status',
  'metadata',
  'created_at',
  'updated_at',
];

describe('GET /v2/offers/:id', () => {
  it('returns the published example verbatim', async () => {
    const res = await app.request(`/v2/offers/${PUBLISHED_OFFER_ID}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toStrictEqual({
      id: '664f1a2b3c4d5e6f7a8b9c0d',
      name: 'Summer Promo',
      tracking_url: 'https://track.example.com/click?offer_id=123',
      external_platform: 'tune',
      external_id: '4521',
      advertiser_id: 'adv_882',
      payout: 2.5,
      payout_type: 'cpa',
      filter_bots: true,
      status: 'active',
      metadata: { vertical: 'health', geo: 'US' },
      created_at: '2025-11-01T14:30:00Z',
      updated_at: '2025-12-15T09:12:00Z',
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(OFFER_FIELDS);
  });

  it('returns the second list example with nulls and empty metadata', async () => {
    const { status, body } = await requestJson(app, offerPath(SECOND_EXAMPLE_OFFER_ID));
    expect(status).toBe(200);
    expect(body).toMatchObject({ external_platform: null, external_id: null, advertiser_id: null, metadata: {} });
  });

  it('serves odd values as they are', async () => {
    const { body } = await requestJson(app, offerPath(UNKNOWN_ENUM_OFFER_ID));
    expect(body).toMatchObject({ status: 'pending_review', payout_type: 'cpl' });
  });

  it('answers 404 not_found for an unknown id', async () => {
    const { status, body } = await requestJson(app, offerPath(MISSING_OFFER_ID));
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'Offer not found', code: 'not_found' });
  });

  it('decodes percent-encoded ids (space, ?, &, %, #, and slash, non-ASCII)', async () => {
    expect(encodeURIComponent(ENCODED_ID_OFFER_ID)).toContain('%25');
    const { status, body } = await requestJson(app, offerPath(ENCODED_ID_OFFER_ID));
    expect(status).toBe(200);
    expect((body as Offer).id).toBe(ENCODED_ID_OFFER_ID);
    const unicode = await requestJson(app, offerPath('ключ/β 1'));
    expect(unicode.status).toBe(404);
  });
});

describe('GET /v2/offers', () => {
  const notArchived = dataset.offers.filter((o) => o.status !== 'archived');

  it('defaults to page 1, 50 per page, everything not archived', async () => {
    const body = await list('');
    expect(body.pagination).toEqual({
      page: 1,
      per_page: 50,
      total: notArchived.length,
      total_pages: Math.ceil(notArchived.length / 50),
    });
    expect(body.offers).toEqual(notArchived.slice(0, 50));
    expect(body.offers.some((o) => o.status === 'archived')).toBe(false);
  });

  it('filters by each status, and the statuses add up', async () => {
    let sum = 0;
    for (const status of ['active', 'paused', 'archived']) {
      const body = await list(`?status=${status}&per_page=100`);
      expect(body.offers.length).toBeGreaterThan(0);
      expect(body.offers.every((o) => o.status === status)).toBe(true);
      expect(body.pagination.total).toBe(dataset.offers.filter((o) => o.status === status).length);
      sum += body.pagination.total;
    }
    // Every offer but the one with an undocumented status.
    expect(sum).toBe(dataset.offers.length - 1);
    expect((await list('?status=archived')).pagination.total).toBe(dataset.offers.length - notArchived.length);
  });

  it('clamps per_page to 1..100', async () => {
    expect((await list('?per_page=500')).pagination.per_page).toBe(100);
    expect((await list('?per_page=500')).offers).toHaveLength(100);
    expect((await list('?per_page=0')).pagination.per_page).toBe(1);
    expect((await list('?per_page=-3')).offers).toHaveLength(1);
    expect((await list('?per_page=7')).offers).toHaveLength(7);
    expect((await list('?page=0')).pagination.page).toBe(1);
  });

  it('walks every page without gaps or repeats, in a stable order', async () => {
    const first = await list('?per_page=100');
    const pages = first.pagination.total_pages;
    const seen: string[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const body = await list(`?per_page=100&page=${page}`);
      expect(body.pagination.page).toBe(page);
      seen.push(...body.offers.map((o) => o.id));
      if (page === pages) {
        expect(body.offers.length).toBe(first.pagination.total - 100 * (pages - 1));
      } else {
        expect(body.offers).toHaveLength(100);
      }
    }
    expect(seen).toEqual(notArchived.map((o) => o.id));
    expect(new Set(seen).size).toBe(first.pagination.total);
  });

  it('returns an empty page past the end with correct pagination', async () => {
    const body = await list('?page=9999&per_page=25');
    expect(body.offers).toEqual([]);
    expect(body.pagination).toEqual({
      page: 9999,
      per_page: 25,
      total: notArchived.length,
      total_pages: Math.ceil(notArchived.length / 25),
    });
  });

  it('rejects an invalid status and non-numeric paging with a 400 Trackly error', async () => {
    for (const query of ['?status=deleted', '?status=pending_review', '?page=abc', '?per_page=1.5', '?per_page=10x']) {
      const { status, body } = await requestJson(app, `/v2/offers${query}`);
      expect(status, query).toBe(400);
      expect(body, query).toMatchObject({ code: 'invalid_parameter' });
      expect(typeof (body as { error: unknown }).error).toBe('string');
    }
  });
});

describe('unknown paths and methods', () => {
  it('answers 404 JSON', async () => {
    for (const path of ['/', '/v1/offers', '/v2/offers/x/y', '/aff/v1/offers']) {
      const { status, body } = await requestJson(app, path);
      expect(status, path).toBe(404);
      expect(body).toEqual({ error: 'Not found', code: 'not_found' });
    }
  });

  it('answers 405 with Allow to a method a known path does not serve', async () => {
    for (const [method, path] of [
      ['POST', '/v2/offers'],
      ['DELETE', '/v2/offers/abc'],
      ['PUT', '/aff/v1/offers/7/tracking_links'],
    ]) {
      const res = await app.request(path ?? '', method === undefined ? {} : { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD');
      expect(await res.json()).toEqual({ error: 'Method not allowed', code: 'method_not_allowed' });
    }
  });
});
