import type { Context, MiddlewareHandler } from 'hono';
import type { DemoApiOptions } from './demo-api-options.ts';
import { findForceRule, type Endpoint, type ForceMode, type ForceStatus } from './force-rules.ts';
import { mulberry32 } from './prng.ts';
import {
  htmlErrorPage,
  jsonResponse,
  offerslookFailure,
  tracklyError,
  truncatedJson,
  type OfferslookCodeKind,
  type TracklyErrorKind,
} from './responses.ts';
import { WRONG_SHAPES } from './wrong-shapes.ts';

/** Resolves after `ms`, or early when `signal` aborts. Returns true when it was aborted. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(true);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(false);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Adds a fixed delay before every response (including preflights and 404s). */
export function latencyMiddleware(ms: number): MiddlewareHandler {
  return async (c, next) => {
    if (ms > 0) await sleep(ms, c.req.raw.signal);
    await next();
  };
}

const TRACKLY_BY_STATUS: Record<ForceStatus, TracklyErrorKind> = {
  401: 'unauthorized',
  403: 'notEnabled',
  404: 'offerNotFound',
  429: 'rateLimited',
  500: 'serverError',
  502: 'badGateway',
  503: 'unavailable',
};

const OFFERSLOOK_BY_STATUS: Record<ForceStatus, OfferslookCodeKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  429: 'rateLimited',
  500: 'serverError',
  502: 'badGateway',
  503: 'unavailable',
};

function vendorError(endpoint: Endpoint, trackly: TracklyErrorKind, offerslook: OfferslookCodeKind): Response {
  return endpoint === 'links' ? offerslookFailure(offerslook) : tracklyError(trackly);
}

/** Answers one API request: a forced outcome if a rule matches, else maybe a random 500
 * (per errorRate), else the normal response. */
export type FaultInjector = (
  c: Context,
  endpoint: Endpoint,
  id: string | null,
  normal: () => Response,
) => Promise<Response>;

export function createFaultInjector(
  options: Pick<DemoApiOptions, 'forces' | 'errorRate' | 'errorSeed' | 'slowMs' | 'hangMs'>,
): FaultInjector {
  // One PRNG per app instance: the same request sequence fails the same way every run.
  const random = mulberry32(options.errorSeed);

  async function forced(c: Context, endpoint: Endpoint, mode: ForceMode, normal: () => Response): Promise<Response> {
    if (typeof mode === 'number') {
      if (endpoint === 'list' && mode === 404) return tracklyError('routeNotFound');
      return vendorError(endpoint, TRACKLY_BY_STATUS[mode], OFFERSLOOK_BY_STATUS[mode]);
    }
    switch (mode) {
      case 'malformed':
        return truncatedJson(await normal().text());
      case 'html':
        return htmlErrorPage(502);
      case 'shape':
        return jsonResponse(200, WRONG_SHAPES[endpoint]);
      case 'not-approved':
        return endpoint === 'links' ? offerslookFailure('notApproved') : normal();
      case 'slow':
        await sleep(options.slowMs, c.req.raw.signal);
        return normal();
      case 'hang':
        // Held until the client goes away (the node adapter aborts the request signal) or
        // hangMs passes; no timer outlives either.
        await sleep(options.hangMs, c.req.raw.signal);
        return vendorError(endpoint, 'gatewayTimeout', 'gatewayTimeout');
      case 'suspended':
        return vendorError(endpoint, 'suspended', 'suspended');
    }
  }

  return async (c, endpoint, id, normal) => {
    const rule = findForceRule(options.forces, endpoint, id);
    if (rule) return forced(c, endpoint, rule.mode, normal);
    if (options.errorRate > 0 && random() < options.errorRate) {
      return vendorError(endpoint, 'serverError', 'serverError');
    }
    return normal();
  };
}
