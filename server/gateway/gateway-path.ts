import type { Vendor } from '../../src/contract/index.ts';
import { offerslookPaths, offerslookRoutes, tracklyPaths, tracklyRoutes } from '../../src/contract/index.ts';

type GatewayFamily = Vendor;

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
const LIST_QUERY_PARAMS = ['status', 'page', 'per_page'] as const;
const MAX_ID_LENGTH = 512;

interface Endpoint {
  readonly family: GatewayFamily;
  /** The contract's route pattern; its `:name` segment is the one opaque id. */
  readonly pattern: string;
  /** The contract's path builder, which encodes the id as one segment. */
  readonly path: (id: string) => string;
  readonly listQuery: boolean;
}

/** The endpoints forwarded, and no others. */
const ENDPOINTS: readonly Endpoint[] = [
  { family: 'trackly', pattern: tracklyRoutes.offers, path: () => tracklyPaths.offers, listQuery: true },
  { family: 'trackly', pattern: tracklyRoutes.offer, path: tracklyPaths.offer, listQuery: false },
  {
    family: 'offerslook',
    pattern: offerslookRoutes.trackingLinks,
    path: offerslookPaths.trackingLinks,
    listQuery: false,
  },
];

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Decodes one raw path segment into an offer id (the contract's path builder encodes it
 * again as one segment). Refused (null): undecodable escapes, and ids that, decoded once
 * or twice (for `%25`), hold `/` or `\` or are `.`/`..`: a vendor or proxy that decodes
 * again would see a path of its own.
 */
function decodeId(rawSegment: string): string | null {
  const id = decodeOnce(rawSegment);
  if (id === null || id.length > MAX_ID_LENGTH) return null;
  for (const form of [id, decodeOnce(id) ?? id]) {
    if (/[/\\]/.test(form) || form === '.' || form === '..') return null;
  }
  return id;
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

function matchPattern(pattern: string, segments: readonly string[]): { rawId?: string } | null {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return null;
  let rawId: string | undefined;
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) rawId = segment;
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
    const match = matchPattern(endpoint.pattern, segments);
    if (match === null) continue;
    if (match.rawId === undefined) {
      return { family: endpoint.family, path: endpoint.path(''), query: endpoint.listQuery ? listQuery(search) : '' };
    }
    if (match.rawId === '') return null;
    const id = decodeId(match.rawId);
    if (id === null) return INVALID_ID;
    return { family: endpoint.family, path: endpoint.path(id), query: '' };
  }
  return null;
}
