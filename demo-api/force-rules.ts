/** Forced outcomes ("--force <target>=<mode>"): types and parsing. */

const FORCE_STATUSES = [401, 403, 404, 429, 500, 502, 503] as const;
export type ForceStatus = (typeof FORCE_STATUSES)[number];

const FORCE_NAMED_MODES = ['malformed', 'html', 'shape', 'not-approved', 'slow', 'hang', 'suspended'] as const;
type ForceNamedMode = (typeof FORCE_NAMED_MODES)[number];
export type ForceMode = ForceStatus | ForceNamedMode;

/** The three endpoints a rule can hit. */
export type Endpoint = 'list' | 'offer' | 'links';

/**
 * `list`: the list endpoint. `offer` / `links`: one endpoint for one offer id.
 * `both`: the offer and its tracking links.
 */
export type ForceRule =
  | { readonly scope: 'list'; readonly mode: ForceMode }
  | { readonly scope: 'offer' | 'links' | 'both'; readonly id: string; readonly mode: ForceMode };

export class ForceRuleError extends Error {
  override name = 'ForceRuleError';
}

function parseMode(text: string): ForceMode {
  const asNumber = Number(text);
  const status = FORCE_STATUSES.find((s) => s === asNumber);
  if (status !== undefined && /^\d{3}$/.test(text)) return status;
  const named = FORCE_NAMED_MODES.find((m) => m === text);
  if (named !== undefined) return named;
  throw new ForceRuleError(
    `Unknown force mode "${text}". Use one of: ${[...FORCE_STATUSES, ...FORCE_NAMED_MODES].join(', ')}`,
  );
}

/**
 * Parses `<target>=<mode>` where target is `list`, `<id>`, `<id>/offer` or `<id>/links`.
 * The mode follows the LAST `=`, so ids may contain `=`; an id ending in `/offer` or
 * `/links` is read as a scoped target.
 */
export function parseForceRule(text: string): ForceRule {
  const eq = text.lastIndexOf('=');
  if (eq <= 0 || eq === text.length - 1) {
    throw new ForceRuleError(
      `Bad force rule "${text}": expected <target>=<mode>, e.g. list=500 or <id>/links=not-approved`,
    );
  }
  const target = text.slice(0, eq);
  const mode = parseMode(text.slice(eq + 1).trim());
  if (target === 'list') {
    if (mode === 'not-approved')
      throw new ForceRuleError('not-approved only applies to tracking links (<id> or <id>/links)');
    return { scope: 'list', mode };
  }
  for (const scope of ['offer', 'links'] as const) {
    const suffix = `/${scope}`;
    if (target.endsWith(suffix) && target.length > suffix.length) {
      if (scope === 'offer' && mode === 'not-approved') {
        throw new ForceRuleError('not-approved only applies to tracking links (<id> or <id>/links)');
      }
      return { scope, id: target.slice(0, -suffix.length), mode };
    }
  }
  return { scope: 'both', id: target, mode };
}

/** The rule for one request: a scoped rule beats an id-wide one; among equals, the last wins.
 * An id-wide `not-approved` rule only touches the links endpoint. */
export function findForceRule(
  rules: readonly ForceRule[],
  endpoint: Endpoint,
  id: string | null,
): ForceRule | undefined {
  let scoped: ForceRule | undefined;
  let general: ForceRule | undefined;
  for (const rule of rules) {
    if (rule.scope === 'list') {
      if (endpoint === 'list') scoped = rule;
    } else if (rule.id === id) {
      if (rule.scope === endpoint) scoped = rule;
      else if (rule.scope === 'both' && !(endpoint === 'offer' && rule.mode === 'not-approved')) general = rule;
    }
  }
  return scoped ?? general;
}

export function describeForceRule(rule: ForceRule): string {
  const target = rule.scope === 'list' ? 'list' : rule.scope === 'both' ? rule.id : `${rule.id}/${rule.scope}`;
  return `${target}=${rule.mode}`;
}
