import type { MiddlewareHandler } from 'hono';
import { isOfferslookPath } from '../src/contract/index.ts';
import { jsonResponse, OFFERSLOOK_ANSWERS, TRACKLY_ERRORS } from './responses.ts';

/**
 * A token bucket across every endpoint: `perSecond` requests a second on average, bursts
 * of up to that many. Past it, 429 in the vendor's own shape with `Retry-After` (whole
 * seconds, at least 1), as a real API under load answers, so clients' backoff can be shown.
 */
export function rateLimitMiddleware(perSecond: number, now: () => number = Date.now): MiddlewareHandler {
  const capacity = Math.max(1, perSecond);
  let tokens = capacity;
  let last = now();
  return async (c, next) => {
    if (perSecond <= 0) {
      await next();
      return;
    }
    const at = now();
    tokens = Math.min(capacity, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens >= 1) {
      tokens -= 1;
      await next();
      return;
    }
    const retryAfter = String(Math.max(1, Math.ceil((1 - tokens) / perSecond)));
    const headers = { 'Retry-After': retryAfter };
    if (isOfferslookPath(c.req.path)) {
      const { http, code, message } = OFFERSLOOK_ANSWERS.rateLimited;
      c.res = jsonResponse(http, { code, message, data: null }, headers);
    } else {
      const { status, error, code } = TRACKLY_ERRORS.rateLimited;
      c.res = jsonResponse(status, { error, code }, headers);
    }
  };
}
