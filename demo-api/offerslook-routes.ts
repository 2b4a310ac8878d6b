import { Hono } from 'hono';
import { offerslookRoutes as routes } from '../src/contract/index.ts';
import type { DemoDataset } from './data/types.ts';
import type { FaultInjector } from './faults.ts';
import { offerslookFailure, offerslookSuccess } from './responses.ts';
import { offerslookAuth } from './auth.ts';

/** GET the tracking links of an offer (Offerslook). */
function getTrackingLinks(dataset: DemoDataset, offerId: string): Response {
  const links = dataset.linksById.get(offerId);
  if (!links) return offerslookFailure('offerNotFound');
  if (!links.approved) return offerslookFailure('notApproved');
  return offerslookSuccess({ tracking_link: links.tracking_link });
}

export interface OfferslookRouteOptions {
  readonly dataset: DemoDataset;
  readonly faults: FaultInjector;
  readonly requireAuth: boolean;
  readonly offerslookEmail: string;
  readonly offerslookKey: string;
}

export function offerslookRoutes(options: OfferslookRouteOptions): Hono {
  const { dataset, faults } = options;
  const app = new Hono();
  const auth = offerslookAuth(options.requireAuth, options.offerslookEmail, options.offerslookKey);
  app.get(routes.trackingLinks, auth, (c) => {
    const id = c.req.param('offer_id');
    return faults(c, 'links', id, () => getTrackingLinks(dataset, id));
  });
  return app;
}
