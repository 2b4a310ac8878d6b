/**
 * What the bench records about the API calls a flow makes, and the checks it runs on
 * them: duplicates (the same request twice in one flow) and waterfalls (a request that
 * waited for another one's response instead of starting alongside it).
 */

/** An API call as seen from the browser; times in ms on one clock. */
export interface ApiRequest {
  readonly method: string;
  /** Path and query, without the origin (e.g. /demo-api/v2/offers?page=1). */
  readonly path: string;
  /** Which step of the flow started it (e.g. "load", "hover", "click"). */
  readonly phase: string;
  /** When the request started and its response ended; undefined until it finished. */
  start?: number | undefined;
  end?: number | undefined;
  failed?: boolean | undefined;
}

/** The two vendor APIs: Trackly /v2/offers and Offerslook /aff/v1/. */
export function isApiUrl(url: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return false;
  }
  return pathname.includes('/v2/offers') || pathname.includes('/aff/v1/');
}

export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export interface Duplicate {
  /** "GET /path?query" */
  readonly request: string;
  readonly count: number;
  /** The phases that made it, in order, e.g. ["hover", "click"]. */
  readonly phases: readonly string[];
}

/** Requests made more than once (same method and URL) in one flow. */
export function findDuplicates(requests: readonly ApiRequest[]): Duplicate[] {
  const byKey = new Map<string, string[]>();
  for (const request of requests) {
    const key = `${request.method} ${request.path}`;
    byKey.set(key, [...(byKey.get(key) ?? []), request.phase]);
  }
  return [...byKey]
    .filter(([, phases]) => phases.length > 1)
    .map(([request, phases]) => ({ request, count: phases.length, phases }));
}

export type Waterfall =
  | { readonly kind: 'parallel'; readonly startGapMs: number }
  | { readonly kind: 'waterfall'; readonly startGapMs: number; readonly waitedAfterEndMs: number }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * Whether `second` waited for `first`: a waterfall when it started only once the first
 * response had ended. `startGapMs` is how long after the first it started.
 */
export function compareStarts(first: ApiRequest | undefined, second: ApiRequest | undefined): Waterfall {
  if (first === undefined || second === undefined) return { kind: 'unknown', reason: 'a request is missing' };
  if (first.start === undefined || first.end === undefined || second.start === undefined) {
    return { kind: 'unknown', reason: 'a request did not finish' };
  }
  const startGapMs = second.start - first.start;
  if (second.start >= first.end) return { kind: 'waterfall', startGapMs, waitedAfterEndMs: second.start - first.end };
  return { kind: 'parallel', startGapMs };
}

/** Counts of equal strings, most frequent first: "2 (18 runs), 3 (2 runs)". */
export function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 1 && sorted[0] !== undefined) return `${sorted[0][0]} (every run)`;
  return sorted.map(([value, count]) => `${value} (${count} run${count === 1 ? '' : 's'})`).join(', ');
}
