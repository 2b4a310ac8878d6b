import { http } from 'msw';
import { offerslookRoutes, tracklyRoutes } from '@/contract';
import type { Offer } from '@/contract';
import { datasetOf, serveDemoApi } from './demo-api';
import { makeOffer, TEST_API } from './fixtures';
import { server } from './msw-server';

export const LIST_ROUTE = `${TEST_API}${tracklyRoutes.offers}`;
export const OFFER_ROUTE = `${TEST_API}${tracklyRoutes.offer}`;
export const LINKS_ROUTE = `${TEST_API}${offerslookRoutes.trackingLinks}`;

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
 * Serves `offers` through the demo API (paged, filtered, each by id, each with the
 * published tracking links) and records the query of every list request.
 */
export function serveCatalogue(offers: readonly Offer[] = catalogue): ListRequest[] {
  const requests: ListRequest[] = [];
  serveDemoApi({ dataset: datasetOf(offers) });
  server.use(
    // Looks, then lets the demo API answer.
    http.get(LIST_ROUTE, ({ request }) => {
      const params = new URL(request.url).searchParams;
      requests.push({ status: params.get('status'), page: params.get('page'), perPage: params.get('per_page') });
      return undefined;
    }),
  );
  return requests;
}
