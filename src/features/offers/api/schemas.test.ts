import { http, HttpResponse } from 'msw';
import { ApiError } from '@/lib/api/api-error';
import { createApiClient } from '@/lib/api/client';
import { validateResponse } from '@/lib/api/validate';
import { publishedOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';
import { getOffer } from './get-offer';
import { getOffers } from './get-offers';
import { isKnownStatus, offerListSchema, offerSchema } from '@/contract';

/** The published "Get offer" body, as JSON text would give it (payout written 2.50). */
const publishedOfferJson: unknown = JSON.parse(`{
  "id": "664f1a2b3c4d5e6f7a8b9c0d",
  "name": "Summer Promo",
  "tracking_url": "https://track.example.com/click?offer_id=123",
  "external_platform": "tune",
  "external_id": "4521",
  "advertiser_id": "adv_882",
  "payout": 2.50,
  "payout_type": "cpa",
  "filter_bots": true,
  "status": "active",
  "metadata": { "vertical": "health", "geo": "US" },
  "created_at": "2025-11-01T14:30:00Z",
  "updated_at": "2025-12-15T09:12:00Z"
}`);

/** The published list example: a second offer with null platform fields and empty metadata. */
const secondListedOffer = {
  id: '664f1a2b3c4d5e6f7a8b9c0e',
  name: 'Winter Deal',
  tracking_url: 'https://track.example.com/click?offer_id=124',
  external_platform: null,
  external_id: null,
  advertiser_id: null,
  payout: 1.0,
  payout_type: 'cpc',
  filter_bots: false,
  status: 'paused',
  metadata: {},
  created_at: '2025-10-01T10:00:00Z',
  updated_at: '2025-10-05T12:00:00Z',
};

const publishedList = {
  offers: [publishedOfferJson, secondListedOffer],
  pagination: { page: 1, per_page: 25, total: 2, total_pages: 1 },
};

function shapeError(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('shape');
    return apiError;
  }
  throw new Error('Expected a shape error, but the body was accepted');
}

function offerWithout(field: keyof typeof publishedOffer): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...publishedOffer };
  Reflect.deleteProperty(copy, field);
  return copy;
}

describe('offerSchema', () => {
  it('accepts the published example, every field kept', () => {
    expect(validateResponse(offerSchema, publishedOfferJson, { path: '/v2/offers/x', vendor: 'trackly' })).toEqual(
      publishedOffer,
    );
  });

  it('keeps status and payout_type values the docs do not list', () => {
    const offer = validateResponse(
      offerSchema,
      { ...publishedOffer, status: 'pending_review', payout_type: 'cpm', external_platform: 'impact' },
      { path: '/v2/offers/x', vendor: 'trackly' },
    );
    expect(offer.status).toBe('pending_review');
    expect(isKnownStatus(offer.status)).toBe(false);
    expect(offer.payout_type).toBe('cpm');
    expect(offer.external_platform).toBe('impact');
  });

  it('keeps nested metadata values as sent', () => {
    const metadata = { tags: ['a', 'b'], nested: { deep: true }, n: 3, none: null };
    expect(
      validateResponse(offerSchema, { ...publishedOffer, metadata }, { path: '/v2/offers/x', vendor: 'trackly' })
        .metadata,
    ).toEqual(metadata);
  });

  it.each(['name', 'payout', 'tracking_url', 'status', 'created_at'] as const)(
    'rejects an offer without "%s", naming the field',
    (field) => {
      const error = shapeError(() =>
        validateResponse(offerSchema, offerWithout(field), { path: '/v2/offers/x', vendor: 'trackly' }),
      );
      expect(error.issues.some((issue) => issue.startsWith(`${field}:`))).toBe(true);
      expect(error.path).toBe('/v2/offers/x');
    },
  );

  it('rejects a payout sent as a string ("2.50"), naming payout', () => {
    const error = shapeError(() =>
      validateResponse(offerSchema, { ...publishedOffer, payout: '2.50' }, { path: '/v2/offers/x', vendor: 'trackly' }),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^payout: /);
  });

  it('rejects filter_bots sent as a string and metadata sent as an array', () => {
    const error = shapeError(() =>
      validateResponse(
        offerSchema,
        { ...publishedOffer, filter_bots: 'true', metadata: [] },
        { path: '/v2/offers/x', vendor: 'trackly' },
      ),
    );
    expect(error.issues.map((issue) => issue.split(':')[0])).toEqual(
      expect.arrayContaining(['filter_bots', 'metadata']),
    );
  });

  it('rejects an empty id', () => {
    const error = shapeError(() =>
      validateResponse(offerSchema, { ...publishedOffer, id: '' }, { path: '/v2/offers/x', vendor: 'trackly' }),
    );
    expect(error.issues[0]).toMatch(/^id:/);
  });

  it('rejects a body that is not an object at all', () => {
    const error = shapeError(() =>
      validateResponse(offerSchema, ['not', 'an', 'offer'], { path: '/v2/offers/x', vendor: 'trackly' }),
    );
    expect(error.issues[0]).toMatch(/^\(response\):/);
  });
});

describe('offerListSchema', () => {
  it('accepts the published list example, including nulls and empty metadata', () => {
    const list = validateResponse(offerListSchema, publishedList, { path: '/v2/offers', vendor: 'trackly' });
    expect(list.offers).toHaveLength(2);
    expect(list.offers[1]).toEqual(secondListedOffer);
    expect(list.pagination).toEqual({ page: 1, per_page: 25, total: 2, total_pages: 1 });
  });

  it('rejects "offers" that is not an array', () => {
    const error = shapeError(() =>
      validateResponse(
        offerListSchema,
        { ...publishedList, offers: { 0: publishedOffer } },
        { path: '/v2/offers', vendor: 'trackly' },
      ),
    );
    expect(error.issues[0]).toMatch(/^offers:/);
  });

  it('names the index and field of a bad offer inside the list', () => {
    const error = shapeError(() =>
      validateResponse(
        offerListSchema,
        { ...publishedList, offers: [publishedOffer, { ...secondListedOffer, payout: '1.00' }] },
        { path: '/v2/offers', vendor: 'trackly' },
      ),
    );
    expect(error.issues).toEqual([expect.stringMatching(/^offers\.\[1\]\.payout:/)]);
  });

  it('rejects a list without pagination and a page number that is not a positive integer', () => {
    const noPagination = shapeError(() =>
      validateResponse(offerListSchema, { offers: [] }, { path: '/v2/offers', vendor: 'trackly' }),
    );
    expect(noPagination.issues[0]).toMatch(/^pagination:/);
    const badPage = shapeError(() =>
      validateResponse(
        offerListSchema,
        { offers: [], pagination: { ...publishedList.pagination, page: 0 } },
        { path: '/v2/offers', vendor: 'trackly' },
      ),
    );
    expect(badPage.issues[0]).toMatch(/^pagination\.page:/);
  });
});

describe('getOffer / getOffers validate what the API sends', () => {
  const client = () => createApiClient({ baseUrl: TEST_API });

  it('returns the published offer from the API', async () => {
    await expect(getOffer(client(), publishedOffer.id)).resolves.toEqual({ ...publishedOffer, notes: [] });
  });

  it('returns the published list from the API', async () => {
    server.use(http.get(`${TEST_API}/v2/offers`, () => HttpResponse.json(publishedList)));
    const list = await getOffers(client(), { page: 1, perPage: 25 });
    expect(list.offers.map((offer) => offer.name)).toEqual(['Summer Promo', 'Winter Deal']);
  });

  it('reads a payout sent as text as the number, and notes it', async () => {
    server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.json({ ...publishedOffer, payout: '2.50' })));
    const offer = await getOffer(client(), publishedOffer.id);
    expect(offer.payout).toBe(2.5);
    expect(offer.notes).toEqual([{ vendor: 'trackly', field: 'payout', problem: 'as-text', sent: '"2.50"' }]);
  });

  it('fails with a shape error when the body has no usable id', async () => {
    const withoutId: Record<string, unknown> = { ...publishedOffer };
    Reflect.deleteProperty(withoutId, 'id');
    server.use(http.get(`${TEST_API}/v2/offers/:id`, () => HttpResponse.json(withoutId)));
    const error = await getOffer(client(), publishedOffer.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'shape', path: `/v2/offers/${publishedOffer.id}` });
  });

  it('fails with a shape error when the list has no offers array', async () => {
    server.use(
      http.get(`${TEST_API}/v2/offers`, () => HttpResponse.json({ data: [], pagination: publishedList.pagination })),
    );
    const error = await getOffers(client(), { page: 1, perPage: 25 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'shape', path: '/v2/offers' });
    expect((error as ApiError).issues.join('\n')).toMatch(/^offers:/m);
  });
});
