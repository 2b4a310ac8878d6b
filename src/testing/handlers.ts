import { http, HttpResponse } from 'msw';
import { envelope, publishedOffer, publishedTrackingLinks, TEST_API } from './fixtures';

/**
 * The happy path of both upstreams, shared by every component test. Tests override
 * one route with `server.use(...)` to show a failure.
 */
export const handlers = [
  http.get(`${TEST_API}/v2/offers`, () =>
    HttpResponse.json({ offers: [publishedOffer], pagination: { page: 1, per_page: 25, total: 1, total_pages: 1 } }),
  ),
  http.get(`${TEST_API}/v2/offers/:id`, ({ params }) =>
    params.id === publishedOffer.id
      ? HttpResponse.json(publishedOffer)
      : HttpResponse.json({ error: 'Offer not found', code: 'not_found' }, { status: 404 }),
  ),
  http.get(`${TEST_API}/aff/v1/offers/:id/tracking_links`, () => HttpResponse.json(envelope(publishedTrackingLinks))),
];
