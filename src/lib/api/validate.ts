import type { BaseIssue, GenericSchema } from 'valibot';
import type { Vendor } from '@/contract';
import { ApiError } from './api-error';

export type Schema<T> = GenericSchema<unknown, T>;

/** Which request a body answered: named in the error if it does not fit. */
export interface ResponseOrigin {
  path: string;
  vendor: Vendor;
}

type Issue = BaseIssue<unknown>;
type PathItem = NonNullable<Issue['path']>[number];

function formatPath(path: readonly PathItem[]): string {
  if (path.length === 0) return '(response)';
  return path.map(({ key }) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.');
}

/** The parts of a schema a path walks through (object entries, array items, record values). */
interface SchemaNode {
  expects?: string | null;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
}

/** What the schema expects at `path`: a missing key's issue names only the key, not its type. */
function expectsAt(schema: SchemaNode, path: readonly PathItem[]): string | null {
  let node: SchemaNode | undefined = schema;
  for (const { key } of path) {
    while (node?.wrapped) node = node.wrapped;
    node = node?.entries ? node.entries[String(key)] : (node?.item ?? node?.value);
  }
  return node?.expects ?? null;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** valibot names types as `Object`, `Array`; the app's words are lower case. */
function typeName(expected: string | null): string {
  if (expected === 'Object' || expected === 'Array') return expected.toLowerCase();
  return expected === null || expected === 'unknown' ? 'a value' : expected;
}

/**
 * We word the few issue kinds a response can have ourselves (valibot's own messages are
 * English but name no field): the app says which field, what it wanted and what it got.
 */
function describeIssue(issue: Issue, schema: SchemaNode): string {
  const path = issue.path ?? [];
  const last = path.at(-1);
  if (issue.kind === 'schema' && issue.type === 'object' && last?.origin === 'key') {
    return `missing (expected ${typeName(expectsAt(schema, path))})`;
  }
  if (issue.kind === 'schema' && issue.type !== 'custom') {
    return issue.input === undefined
      ? `missing (expected ${typeName(issue.expected)})`
      : `expected ${typeName(issue.expected)}, received ${describeValue(issue.input)}`;
  }
  switch (issue.type) {
    case 'min_value':
    case 'min_length':
      return `too small (minimum ${String(issue.requirement)})`;
    case 'integer':
      return `expected integer, received ${String(issue.input)}`;
    case 'custom':
      return `${issue.message}, received ${describeValue(issue.input)}`;
    default:
      return issue.message || 'invalid value';
  }
}

/**
 * One line per issue, at most ten. An array where an object was expected is one issue
 * (valibot's object takes an array and misses every key of it).
 */
function describeIssues(issues: readonly Issue[], schema: SchemaNode): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = issue.path ?? [];
    const last = path.at(-1);
    const arrayAsObject = issue.type === 'object' && last?.origin === 'key' && Array.isArray(last.input);
    const line = arrayAsObject
      ? `${formatPath(path.slice(0, -1))}: expected object, received array`
      : `${formatPath(path)}: ${describeIssue(issue, schema)}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.slice(0, 10);
}

/** Checks an upstream body against its contract; a mismatch becomes a `shape` ApiError. */
export function validateResponse<T>(schema: Schema<T>, body: unknown, origin: ResponseOrigin): T {
  // The schema's own run (what v.safeParse calls, with the default config): importing any
  // valibot function here would put every one the app uses in the entry chunk.
  const result = schema['~run']({ value: body }, {});
  if (!result.issues) return result.value;
  const issues = describeIssues(result.issues, schema);
  throw new ApiError('shape', { ...origin, issues });
}
