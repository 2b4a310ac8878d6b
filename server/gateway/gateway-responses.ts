import type { UpstreamResult } from './fetch-upstream.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
/** What any upstream body that is not JSON is labelled as. */
const NON_JSON_TYPE = 'text/plain; charset=utf-8';
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Trackly-style error body `{"error": "...", "code": "..."}`, never cached. */
export function gatewayError(
  status: number,
  error: string,
  code: string,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error, code }), {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...extraHeaders },
  });
}

/**
 * The Content-Type the browser gets for an upstream body: always one of the gateway's own
 * two strings, never the vendor's (`application/json;a=b,text/html` is HTML to a browser).
 * JSON (`application/json`, `application/*+json`, by the first media type) becomes
 * JSON_TYPE; anything else plain text, so an upstream's HTML error page, XML or script
 * never becomes a document, script or stylesheet on this origin.
 */
export function safeContentType(contentType: string | null): string {
  const media = contentType?.split(/[;,]/)[0]?.trim().toLowerCase() ?? '';
  const isJson = media === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(media);
  return isJson && !contentType?.includes(',') ? JSON_TYPE : NON_JSON_TYPE;
}

/** Statuses whose Retry-After the browser gets: the app tells the user how long to wait. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * A Retry-After value fit to pass on: delta-seconds (at most ten digits) or an HTTP-date
 * in the IMF-fixdate form that RFC 9110 asks senders to use; otherwise null.
 */
function validRetryAfter(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d{1,10}$/.test(trimmed)) return trimmed;
  if (IMF_FIXDATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  return null;
}

/**
 * What the browser gets for an upstream outcome: status and body, with no upstream header
 * but Content-Type, and Retry-After on a 429 or 503 when it is well formed.
 */
export function gatewayResponse(result: UpstreamResult): Response {
  switch (result.kind) {
    case 'response': {
      if (result.status < 200 || result.status > 599)
        return gatewayError(502, 'Upstream answered with an invalid status', 'bad_gateway');
      const headers: Record<string, string> = {
        'Content-Type': safeContentType(result.contentType),
        'Cache-Control': 'no-store',
      };
      const retryAfter = RETRY_AFTER_STATUSES.has(result.status) ? validRetryAfter(result.retryAfter) : null;
      if (retryAfter !== null) headers['Retry-After'] = retryAfter;
      return new Response(NULL_BODY_STATUSES.has(result.status) ? null : result.body, {
        status: result.status,
        headers,
      });
    }
    case 'timeout':
      return gatewayError(504, 'Upstream timed out', 'gateway_timeout');
    case 'redirect':
      return gatewayError(502, 'Upstream answered with a redirect', 'bad_gateway');
    case 'too-large':
      return gatewayError(502, 'Upstream response too large', 'bad_gateway');
    default:
      return gatewayError(502, 'Upstream unreachable', 'bad_gateway');
  }
}

export function notFound(): Response {
  return gatewayError(404, 'Not found', 'not_found');
}

export function methodNotAllowed(): Response {
  return gatewayError(405, 'Method not allowed', 'method_not_allowed', { Allow: 'GET' });
}

export function invalidId(): Response {
  return gatewayError(400, 'Invalid offer id', 'invalid_id');
}

export function crossSite(): Response {
  return gatewayError(403, 'Cross-site requests are not served', 'forbidden');
}

export function tooBusy(): Response {
  return gatewayError(503, 'Too many requests in flight; try again shortly', 'busy', { 'Retry-After': '1' });
}

export function notConfigured(vendor: string): Response {
  return gatewayError(503, `${vendor} is not configured on this gateway`, 'not_configured');
}
