import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for browser clients: any origin (or the configured list), GET/OPTIONS, the request
 * headers the two APIs need. No credentials mode; only Retry-After is exposed.
 */
export function corsMiddleware(origins: '*' | readonly string[]): MiddlewareHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    allowMethods: ['GET', 'OPTIONS'],
    allowHeaders: ['X-Api-Key', 'Authorization', 'Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}

/** Every response is live data: never cache it. */
export function noStoreMiddleware(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
}
