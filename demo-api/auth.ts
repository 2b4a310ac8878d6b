import type { MiddlewareHandler } from 'hono';
import { offerslookFailure, tracklyError } from './responses.ts';

const encoder = new TextEncoder();

/** Compares two strings in time that depends only on their lengths, not their contents. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let diff = left.length ^ right.length;
  for (let i = 0; i < length; i += 1) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

/** Trackly: header `X-Api-Key`; missing => 401 missing_api_key, wrong => 401 unauthorized. */
export function tracklyAuth(enabled: boolean, key: string): MiddlewareHandler {
  return async (c, next) => {
    if (enabled) {
      const sent = c.req.header('X-Api-Key');
      if (sent === undefined || sent.trim() === '') return tracklyError('missingApiKey');
      if (!constantTimeEqual(sent, key)) return tracklyError('unauthorized');
    }
    await next();
    return undefined;
  };
}

/** Decodes `Authorization: Basic base64(user:password)`; undefined when absent or unusable. */
export function parseBasicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  const encoded = match?.[1];
  if (encoded === undefined) return undefined;
  let decoded: string;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Offerslook: HTTP Basic, user = affiliate email, password = API key. Missing or wrong =>
 * HTTP 401 with `{"code":401,"message":"Unauthorized…","data":null}`. No WWW-Authenticate
 * header, so browsers do not pop up a login dialog.
 */
export function offerslookAuth(enabled: boolean, email: string, key: string): MiddlewareHandler {
  return async (c, next) => {
    if (enabled) {
      const credentials = parseBasicAuth(c.req.header('Authorization'));
      if (!credentials) return offerslookFailure('missingCredentials');
      // Evaluate both comparisons so timing does not reveal which one failed.
      const emailOk = constantTimeEqual(credentials.user, email);
      const keyOk = constantTimeEqual(credentials.password, key);
      if (!(emailOk && keyOk)) return offerslookFailure('unauthorized');
    }
    await next();
    return undefined;
  };
}
