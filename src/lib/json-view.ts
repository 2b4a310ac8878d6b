import { isRecord } from './is-record';

/**
 * Upstream metadata is free JSON: it may nest a thousand levels or hold a million keys.
 * Rendering it must stay bounded, so this turns a value into a view with at most
 * MAX_DEPTH levels and a budget of nodes; what falls outside is counted, not drawn.
 */
export const MAX_DEPTH = 8;
export const NODE_BUDGET = 5_000;
/** Measuring how deep a hidden value goes stops after this many nodes. */
const MEASURE_LIMIT = 100_000;

type Primitive = string | number | boolean | null;

export type ViewNode =
  | { readonly kind: 'primitive'; readonly value: Primitive }
  | { readonly kind: 'list'; readonly items: readonly ViewNode[]; readonly hidden: number }
  | { readonly kind: 'object'; readonly entries: readonly ViewEntry[]; readonly hidden: number }
  /** A container below MAX_DEPTH: how many levels it still holds, and the value to copy. */
  | { readonly kind: 'deep'; readonly levels: number; readonly value: unknown }
  | { readonly kind: 'other'; readonly type: string };

interface ViewEntry {
  readonly key: string;
  readonly node: ViewNode;
}

export interface BoundedView {
  readonly rows: readonly ViewEntry[];
  /** Top-level keys left out because the budget ran out. */
  readonly hiddenRows: number;
  /** Whether the budget left anything out (rows or nested items); depth is not counted. */
  readonly truncated: boolean;
}

function childrenOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  if (isRecord(value)) return Object.values(value);
  return null;
}

/** Levels of nesting in `value` (a flat object is 1), found without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  let visited = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0 && visited < MEASURE_LIMIT) {
    const [current, depth] = stack.pop() as [unknown, number];
    visited += 1;
    const children = childrenOf(current);
    if (children === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

interface Budget {
  remaining: number;
  truncated: boolean;
}

function build(value: unknown, depth: number, budget: Budget): ViewNode {
  budget.remaining -= 1;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'primitive', value };
  }
  const isList = Array.isArray(value);
  if (!isList && !isRecord(value)) return { kind: 'other', type: typeof value };
  if (depth >= MAX_DEPTH) {
    return { kind: 'deep', levels: nestingDepth(value), value };
  }
  if (isList) {
    const items: ViewNode[] = [];
    for (const item of value as unknown[]) {
      if (budget.remaining <= 0) break;
      items.push(build(item, depth + 1, budget));
    }
    const hidden = (value as unknown[]).length - items.length;
    if (hidden > 0) budget.truncated = true;
    return { kind: 'list', items, hidden };
  }
  const all = Object.entries(value);
  const entries: ViewEntry[] = [];
  for (const [key, item] of all) {
    if (budget.remaining <= 0) break;
    entries.push({ key, node: build(item, depth + 1, budget) });
  }
  const hidden = all.length - entries.length;
  if (hidden > 0) budget.truncated = true;
  return { kind: 'object', entries, hidden };
}

/** The rows of a metadata table, drawing at most `limit` nodes in all. */
export function boundedView(entries: ReadonlyArray<readonly [string, unknown]>, limit = NODE_BUDGET): BoundedView {
  const budget: Budget = { remaining: limit, truncated: false };
  const rows: ViewEntry[] = [];
  for (const [key, value] of entries) {
    if (budget.remaining <= 0) break;
    rows.push({ key, node: build(value, 0, budget) });
  }
  const hiddenRows = entries.length - rows.length;
  return { rows, hiddenRows, truncated: budget.truncated || hiddenRows > 0 };
}

/** JSON for the clipboard; a value too deep for the engine's serialiser gives null. */
export function toJsonText(value: unknown): string | null {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return null;
  }
}
