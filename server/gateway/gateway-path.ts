export type GatewayFamily = 'trackly' | 'offerslook';

/** A request the gateway may forward: which vendor, and the path + query to ask it for. */
export interface GatewayTarget {
  readonly family: GatewayFamily;
  /** Path below the vendor's base URL, each segment percent-encoded, e.g. `/v2/offers/abc`. */
  readonly path: string;
  /** `?status=active&page=2` or ''. */
  readonly query: string;
}

/** A path naming an endpoint with an id that could not travel as one safe segment (→ 400). */
export const INVALID_ID = 'invalid-id';
export type GatewayMatch = GatewayTarget | typeof INVALID_ID | null;

/** The list endpoint forwards these query parameters (first value each) and no others. */
export const LIST_QUERY_PARAMS = ['status', 'page', 'per_page'] as const;
const MAX_ID_LENGTH = 512;
const ID = '{id}';

/** The endpoints forwarded, as vendor path templates; `{id}` is one opaque segment. */
const ENDPOINTS: ReadonlyArray<{ readonly family: GatewayFamily; readonly template: string; readonly listQuery: boolean }> = [
  { family: 'trackly', template: '/v2/offers', listQuery: true },
  { family: 'trackly', template: `/v2/offers/${ID}`, listQuery: false },
  { family: 'offerslook', template: `/aff/v1/offers/${ID}/tracking_links`, listQuery: false },
];

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Decodes one raw path segment into an offer id and encodes it again as exactly one
 * segment. Refused (null): undecodable escapes, and ids that, decoded once or twice (for
 * `%25`), hold `/` or `\` or are `.`/`..`: a vendor or proxy that decodes again would
 * see a path of its own.
 */
function encodeId(rawSegment: string): string | null {
  const id = decodeOnce(rawSegment);
  if (id === null || id.length > MAX_ID_LENGTH) return null;
  for (const form of [id, decodeOnce(id) ?? id]) {
    if (/[/\\]/.test(form) || form === '.' || form === '..') return null;
  }
  return encodeURIComponent(id);
}

function listQuery(search: string): string {
  const incoming = new URLSearchParams(search);
  const forwarded = new URLSearchParams();
  for (const name of LIST_QUERY_PARAMS) {
    const value = incoming.get(name);
    if (value !== null && value !== '') forwarded.set(name, value);
  }
  const text = forwarded.toString();
  return text === '' ? '' : `?${text}`;
}

function matchTemplate(template: string, segments: readonly string[]): { rawId?: string } | null {
  const parts = template.split('/');
  if (parts.length !== segments.length) return null;
  let rawId: string | undefined;
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part === ID) rawId = segment;
    else if (part !== segment) return null;
  }
  return rawId === undefined ? {} : { rawId };
}

/**
 * Maps a raw (still percent-encoded) path below /api onto one of ENDPOINTS, or null
 * (→ 404). An id is re-encoded as one segment; an id that could be read as more than one
 * (`..%2F..%2Fadmin`, `%5C`, `%252e%252e%252f`) gives INVALID_ID.
 */
export function matchGatewayPath(rawPath: string, search: string): GatewayMatch {
  const segments = rawPath.split('/');
  for (const endpoint of ENDPOINTS) {
    const match = matchTemplate(endpoint.template, segments);
    if (match === null) continue;
    if (match.rawId === undefined) {
      return { family: endpoint.family, path: endpoint.template, query: endpoint.listQuery ? listQuery(search) : '' };
    }
    if (match.rawId === '') return null;
    const id = encodeId(match.rawId);
    if (id === null) return INVALID_ID;
    return { family: endpoint.family, path: endpoint.template.replace(ID, id), query: '' };
  }
  return null;
}
