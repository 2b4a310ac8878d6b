import { http, HttpResponse } from 'msw';
import type { Offer } from '@/contract';
import { makeOffer, TEST_API } from '@/testing/fixtures';
import { server } from '@/testing/msw-server';

export const LIST_ROUTE = `${TEST_API}/v2/offers`;
export const OFFER_ROUTE = `${TEST_API}/v2/offers/:id`;
export const LINKS_ROUTE = `${TEST_API}/aff/v1/offers/:id/tracking_links`;

/** 120 offers: "Offer 001" … "Offer 120", on a paging API like Trackly's. */
export const catalogue: Offer[] = Array.from({ length: 120 }, (_, index) => {
  const n = String(index + 1).padStart(3, '0');
  return makeOffer({
    id: `${n}f1a2b3c4d5e6f7a8b9c0d`.padEnd(24, '0'),
    name: `Offer ${n}`,
    advertiser_id: `adv_${n}`,
    external_id: `ext-${n}`,
  });
});

export function offerNamed(name: string): Offer {
  const offer = catalogue.find((item) => item.name === name);
  if (!offer) throw new Error(`No offer named ${name}`);
  return offer;
}

export interface ListRequest {
  status: string | null;
  page: string | null;
  perPage: string | null;
}

/**
 * Serves `offers` page by page, and each of them by id, as the API does; records the
 * query of every list request.
 */
export function serveCatalogue(offers: readonly Offer[] = catalogue): ListRequest[] {
  const requests: ListRequest[] = [];
  server.use(
    http.get(LIST_ROUTE, ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push({ status: params.get('status'), page: params.get('page'), perPage: params.get('per_page') });
      const page = Number(params.get('page') ?? '1');
      const perPage = Number(params.get('per_page') ?? '50');
      const status = params.get('status');
      const matching = offers.filter((offer) => (status ? offer.status === status : offer.status !== 'archived'));
      return HttpResponse.json({
        offers: matching.slice((page - 1) * perPage, page * perPage),
        pagination: { page, per_page: perPage, total: matching.length, total_pages: Math.ceil(matching.length / perPage) },
      });
    }),
    http.get(OFFER_ROUTE, ({ params }) => {
      const offer = offers.find((item) => item.id === params.id);
      return offer ? HttpResponse.json(offer) : undefined;
    }),
  );
  return requests;
}
