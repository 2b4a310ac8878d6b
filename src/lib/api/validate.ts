import type { z } from 'zod/mini';
import { ApiError } from './api-error';

type Schema<T> = z.ZodMiniType<T>;

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(response)';
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
}

/** Checks an upstream body against its contract; a mismatch becomes a `shape` ApiError. */
export function validateResponse<T>(schema: Schema<T>, body: unknown, path: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 10).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new ApiError('shape', { path, issues });
}
