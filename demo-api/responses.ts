/** Response bodies in each vendor's style. */

import { OFFERSLOOK_CODES, TRACKLY_ERROR_CODES as CODE } from '../src/contract/index.ts';
import type { TracklyErrorBody } from '../src/contract/index.ts';

const JSON_TYPE = 'application/json; charset=UTF-8';

/** Trackly: `{"error": "<human message>", "code": "<machine code>"}`. */

export const TRACKLY_ERRORS = {
  missingApiKey: {
    status: 401,
    error: 'API key is missing. Send it in the X-Api-Key header.',
    code: CODE.missingApiKey,
  },
  unauthorized: { status: 401, error: 'Invalid API key', code: CODE.unauthorized },
  notEnabled: { status: 403, error: 'Partnerships is not enabled for this account', code: CODE.notEnabled },
  suspended: { status: 403, error: 'Account is suspended', code: CODE.accountSuspended },
  offerNotFound: { status: 404, error: 'Offer not found', code: CODE.notFound },
  routeNotFound: { status: 404, error: 'Not found', code: CODE.notFound },
  invalidParameter: { status: 400, error: 'Invalid request', code: CODE.invalidParameter },
  rateLimited: { status: 429, error: 'Too many requests', code: CODE.rateLimited },
  serverError: { status: 500, error: 'An unexpected error occurred', code: CODE.serverError },
  badGateway: { status: 502, error: 'Bad gateway', code: CODE.badGateway },
  unavailable: { status: 503, error: 'Service temporarily unavailable', code: CODE.unavailable },
  gatewayTimeout: { status: 504, error: 'Gateway timeout', code: CODE.gatewayTimeout },
} as const;

export type TracklyErrorKind = keyof typeof TRACKLY_ERRORS;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE, ...headers } });
}

export function tracklyError(kind: TracklyErrorKind, message?: string): Response {
  const { status, error, code } = TRACKLY_ERRORS[kind];
  const body: TracklyErrorBody = { error: message ?? error, code };
  const headers: Record<string, string> = {};
  if (status === 429) headers['Retry-After'] = '1';
  if (status === 503) headers['Retry-After'] = '5';
  return jsonResponse(status, body, headers);
}

/**
 * Offerslook envelope codes. Business failures (unknown offer, not approved) come back with
 * HTTP 200 and a non-zero `code`, as Offerslook does; credential, account and transport
 * failures also set the matching HTTP status.
 */
export const OFFERSLOOK_ANSWERS = {
  success: { http: 200, code: OFFERSLOOK_CODES.success, message: 'Success' },
  unauthorized: { http: 401, code: 401, message: 'Unauthorized: invalid email or API key' },
  missingCredentials: {
    http: 401,
    code: 401,
    message: 'Unauthorized: send your email and API key with HTTP Basic authentication',
  },
  forbidden: { http: 403, code: 403, message: 'Forbidden' },
  notFound: { http: 404, code: 404, message: 'Not Found' },
  rateLimited: { http: 429, code: 429, message: 'Too many requests' },
  serverError: { http: 500, code: 500, message: 'Internal server error' },
  badGateway: { http: 502, code: 502, message: 'Bad gateway' },
  unavailable: { http: 503, code: 503, message: 'Service temporarily unavailable' },
  gatewayTimeout: { http: 504, code: 504, message: 'Gateway timeout' },
  notApproved: {
    http: 200,
    code: OFFERSLOOK_CODES.notApproved,
    message: "The offer is not approved for you. Apply in the offer's page first.",
  },
  offerNotFound: { http: 200, code: OFFERSLOOK_CODES.offerNotFound, message: 'Offer does not exist' },
  suspended: { http: 403, code: OFFERSLOOK_CODES.suspended, message: 'Your affiliate account is suspended' },
} as const;

export type OfferslookCodeKind = keyof typeof OFFERSLOOK_ANSWERS;

export function offerslookSuccess(data: unknown): Response {
  return jsonResponse(200, { code: OFFERSLOOK_CODES.success, message: 'Success', data });
}

export function offerslookFailure(kind: OfferslookCodeKind): Response {
  const { http, code, message } = OFFERSLOOK_ANSWERS[kind];
  const headers: Record<string, string> = {};
  if (http === 429) headers['Retry-After'] = '1';
  if (http === 503) headers['Retry-After'] = '5';
  return jsonResponse(http, { code, message, data: null }, headers);
}

/** The kind of HTML error page a reverse proxy serves when the upstream is down. */
export function htmlErrorPage(status = 502): Response {
  const title = status === 502 ? '502 Bad Gateway' : `${status} Error`;
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** 200 with a JSON content type whose body stops half-way. */
export function truncatedJson(fullBody: string): Response {
  const cut = Math.max(1, Math.floor(fullBody.length / 2));
  return new Response(fullBody.slice(0, cut), { status: 200, headers: { 'Content-Type': JSON_TYPE } });
}
