import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { isOfferslookPath } from '../src/contract/index.ts';
import { resolveDemoApiOptions, type DemoApiOptions } from './demo-api-options.ts';
import { getDemoDataset } from './data/dataset.ts';
import { corsMiddleware, noStoreMiddleware } from './cors.ts';
import { createFaultInjector, latencyMiddleware } from './faults.ts';
import { rateLimitMiddleware } from './rate-limit.ts';
import { jsonResponse, offerslookFailure, tracklyError } from './responses.ts';
import { tracklyRoutes } from './trackly-routes.ts';
import { offerslookRoutes } from './offerslook-routes.ts';
import { adminRoutes, editableDataset } from './admin.ts';

export type { DemoApiOptions } from './demo-api-options.ts';

/**
 * The demo API as a Hono app: Trackly's offer list and offer, Offerslook's tracking links
 * (routes from the contract). No side effects and no listening; routes are relative, so
 * it can be mounted with `parent.route(DEMO_API_PATH, createDemoApi())`.
 * Throws DemoApiOptionsError on invalid options.
 */
export function createDemoApi(options: Partial<DemoApiOptions> = {}): Hono {
  const resolved = resolveDemoApiOptions(options);
  const seeded = resolved.dataset ?? getDemoDataset();
  // Only with the admin routes is the data changeable, and then only this app's view of it.
  const editable = resolved.admin ? editableDataset(seeded) : null;
  const dataset = editable?.dataset ?? seeded;
  const faults = createFaultInjector(resolved);
  const app = new Hono();

  app.use('*', noStoreMiddleware());
  app.use('*', latencyMiddleware(resolved.latencyMs));
  app.use('*', corsMiddleware(resolved.corsOrigins));
  app.use('*', rateLimitMiddleware(resolved.rateLimit));
  // A known path asked with a method it does not serve: 405 with Allow, not 404.
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (_c, methods) =>
        jsonResponse(405, { error: 'Method not allowed', code: 'method_not_allowed' }, { Allow: methods.join(', ') }),
    }),
  );

  app.route(
    '/',
    tracklyRoutes({ dataset, faults, requireAuth: resolved.requireAuth, tracklyKey: resolved.tracklyKey }),
  );
  app.route(
    '/',
    offerslookRoutes({
      dataset,
      faults,
      requireAuth: resolved.requireAuth,
      offerslookEmail: resolved.offerslookEmail,
      offerslookKey: resolved.offerslookKey,
    }),
  );

  if (editable) app.route('/', adminRoutes(editable));

  app.notFound(() => tracklyError('routeNotFound'));
  app.onError((_error, c) =>
    isOfferslookPath(c.req.path) ? offerslookFailure('serverError') : tracklyError('serverError'),
  );
  return app;
}
