export type GatewayFamily = 'trackly' | 'offerslook';

/** A request the gateway may forward: which vendor, and the path + query to ask it for. */
export interface GatewayTarget {
  readonly family: GatewayFamily;
  /** Path below the vendor's base URL, each segment percent-encoded, e.g. `/v2/offers/abc`. */
  readonly path: string;
  /** `?status=active&page=2` or ''. */
  readonly query: string;
}

/** The list endpoint forwards these query parameters (first value each) and no others. */
export const LIST_QUERY_PARAMS = ['status', 'page', 'per_page'] as const;
const MAX_ID_LENGTH = 512;

/**
 * Decodes one raw path segment into an offer id and encodes it again as exactly one
 * segment. Ids that URL parsers would treat as dot segments (`.`, `..`) cannot be
 * expressed safely and are refused, as are undecodable escapes.
 */
function encodeId(rawSegment: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(rawSegment);
  } catch {
    return null;
  }
  if (id === '' || id === '.' || id === '..' || id.length > MAX_ID_LENGTH) return null;
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

/**
 * Maps a raw (still percent-encoded) path below /api onto one of the three endpoints:
 * `/v2/offers`, `/v2/offers/{id}`, `/aff/v1/offers/{id}/tracking_links`. Anything else is
 * null. The id is re-encoded, so `..%2F..%2Fadmin` stays one segment.
 */
export function matchGatewayPath(rawPath: string, search: string): GatewayTarget | null {
  const segments = rawPath.split('/');
  if (segments.shift() !== '') return null;
  const [first, second, third, fourth, fifth, ...rest] = segments;
  if (rest.length > 0) return null;
  if (first === 'v2' && second === 'offers' && fourth === undefined) {
    if (third === undefined) return { family: 'trackly', path: '/v2/offers', query: listQuery(search) };
    const id = encodeId(third);
    return id === null ? null : { family: 'trackly', path: `/v2/offers/${id}`, query: '' };
  }
  if (first === 'aff' && second === 'v1' && third === 'offers' && fourth !== undefined && fifth === 'tracking_links') {
    const id = encodeId(fourth);
    return id === null ? null : { family: 'offerslook', path: `/aff/v1/offers/${id}/tracking_links`, query: '' };
  }
  return null;
}
