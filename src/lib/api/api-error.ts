import type { Vendor } from '@/contract';

/**
 * Every failure of an upstream request is normalised into one ApiError whose `kind`
 * tells the UI which state to show, so no page ever matches on message strings.
 */
export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'client'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'shape'
  | 'refused';

export interface ApiErrorDetails {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The upstream's own human message (Trackly `error`, Offerslook `message`). */
  upstreamMessage?: string;
  /** The upstream's machine code (Trackly `code`, Offerslook envelope `code`). */
  upstreamCode?: string | number;
  /** Path of the request, relative to the base URL. Never carries credentials. */
  path?: string;
  /** Which vendor's API the request went to: every failure knows it. */
  vendor: Vendor;
  /** For shape errors: which fields were wrong, e.g. `payout: expected number`. */
  issues?: readonly string[];
  /** How long the upstream asked us to wait (Retry-After), in whole seconds. */
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly upstreamMessage: string | undefined;
  readonly upstreamCode: string | number | undefined;
  readonly path: string | undefined;
  readonly vendor: Vendor;
  readonly issues: readonly string[];
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: ApiErrorKind, details: ApiErrorDetails) {
    // For logs and developers; the UI words each kind itself (components/ui/api-error-words).
    const status = details.status === undefined ? '' : ` ${String(details.status)}`;
    super(`${details.vendor} ${kind}${status}${details.upstreamMessage ? `: ${details.upstreamMessage}` : ''}`);
    this.kind = kind;
    this.status = details.status;
    this.upstreamMessage = details.upstreamMessage;
    this.upstreamCode = details.upstreamCode;
    this.path = details.path;
    this.vendor = details.vendor;
    this.issues = details.issues ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Transient failures worth retrying; a 4xx or a bad body will not get better. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && (error.kind === 'server' || error.kind === 'network' || error.kind === 'timeout');
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'client';
}

/** Longest wait we repeat to the user; anything above is shown as this. */
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Reads a Retry-After header: delta-seconds or an HTTP date, as whole seconds from `now`
 * (at least 0, at most a day). Anything else is ignored.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d{1,10}$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else if (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - now) / 1000);
  } else {
    return undefined;
  }
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS);
}
