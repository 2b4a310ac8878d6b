import { Hono } from 'hono';
import type { DemoDataset } from './data/types.ts';
import { OFFER_STATUSES, TRACKLY_PAGING, tracklyRoutes as routes } from '../src/contract/index.ts';
import type { FaultInjector } from './faults.ts';
import { jsonResponse, tracklyError } from './responses.ts';
import { tracklyAuth } from './auth.ts';

const DEFAULT_PER_PAGE = TRACKLY_PAGING.defaultPerPage;
const MAX_PER_PAGE = TRACKLY_PAGING.maxPerPage;

interface ListQuery {
  readonly status?: string | undefined;
  readonly page?: string | undefined;
  readonly per_page?: string | undefined;
}

function parsePositiveInt(name: string, text: string | undefined, fallback: number): number | Response {
  if (text === undefined || text.trim() === '') return fallback;
  if (!/^\s*[-+]?\d+\s*$/.test(text)) {
    return tracklyError('invalidParameter', `Invalid ${name}: must be an integer`);
  }
  return Math.min(Number.MAX_SAFE_INTEGER, Number(text));
}

/** GET /v2/offers: status filter (omitted = everything not archived), page, clamped per_page. */
function listOffers(dataset: DemoDataset, query: ListQuery): Response {
  const { status } = query;
  if (status !== undefined && status !== '' && !OFFER_STATUSES.some((s) => s === status)) {
    return tracklyError('invalidParameter', `Invalid status: must be one of ${OFFER_STATUSES.join(', ')}`);
  }
  const page = parsePositiveInt('page', query.page, TRACKLY_PAGING.defaultPage);
  if (page instanceof Response) return page;
  const perPage = parsePositiveInt('per_page', query.per_page, DEFAULT_PER_PAGE);
  if (perPage instanceof Response) return perPage;

  const pageNumber = Math.max(1, page);
  const size = Math.min(MAX_PER_PAGE, Math.max(1, perPage));
  const matching =
    status === undefined || status === ''
      ? dataset.offers.filter((o) => o.status !== TRACKLY_PAGING.hiddenByDefault)
      : dataset.offers.filter((o) => o.status === status);
  const start = (pageNumber - 1) * size;
  return jsonResponse(200, {
    offers: start < matching.length ? matching.slice(start, start + size) : [],
    pagination: {
      page: pageNumber,
      per_page: size,
      total: matching.length,
      total_pages: Math.ceil(matching.length / size),
    },
  });
}

/** GET /v2/offers/:id */
function getOffer(dataset: DemoDataset, id: string): Response {
  const offer = dataset.offersById.get(id);
  return offer ? jsonResponse(200, offer) : tracklyError('offerNotFound');
}

export interface TracklyRouteOptions {
  readonly dataset: DemoDataset;
  readonly faults: FaultInjector;
  readonly requireAuth: boolean;
  readonly tracklyKey: string;
}

export function tracklyRoutes({ dataset, faults, requireAuth, tracklyKey }: TracklyRouteOptions): Hono {
  const app = new Hono();
  const auth = tracklyAuth(requireAuth, tracklyKey);
  app.get(routes.offers, auth, (c) =>
    faults(c, 'list', null, () =>
      listOffers(dataset, {
        status: c.req.query('status'),
        page: c.req.query('page'),
        per_page: c.req.query('per_page'),
      }),
    ),
  );
  app.get(routes.offer, auth, (c) => {
    const id = c.req.param('id');
    return faults(c, 'offer', id, () => getOffer(dataset, id));
  });
  return app;
}
