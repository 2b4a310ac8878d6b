import type { z } from 'zod/mini';
import type { Vendor } from '@/contract';
import { ApiError } from './api-error';

export type Schema<T> = z.ZodMiniType<T>;

/** Which request a body answered: named in the error if it does not fit. */
export interface ResponseOrigin {
  path: string;
  vendor: Vendor;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(response)';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
}

type Issue = z.core.$ZodIssue;

/**
 * zod/mini ships no messages (its locales would cost bundle size), so we word the few
 * issue kinds a response can have ourselves.
 */
function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${describeValue(issue.input)}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    default:
      return issue.message || 'invalid value';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks an upstream body against its contract; a mismatch becomes a `shape` ApiError. */
export function validateResponse<T>(schema: Schema<T>, body: unknown, origin: ResponseOrigin): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 10).map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
  throw new ApiError('shape', { ...origin, issues });
}
