/**
 * Turns Lighthouse results into the text `npm run lighthouse` prints: scores against
 * targets, the three Core Web Vitals Lighthouse measures in the lab, and the audits that
 * cost a category points (weighted) or that Lighthouse flags without scoring them.
 */
import type { Result } from 'lighthouse';
import { formatTable } from './table.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Minimum score (0–100) per category; SEO has none. */
const TARGETS: Partial<Record<CategoryId, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
};

/** Total Blocking Time, at most (ms): the budget behind the performance target. */
const TBT_TARGET_MS = 150;

export interface PageResult {
  readonly path: string;
  readonly lhr: Result;
}

export function score(lhr: Result, id: CategoryId): number | undefined {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? undefined : Math.round(value * 100);
}

export function meetsTarget(lhr: Result, id: CategoryId): boolean | undefined {
  const target = TARGETS[id];
  if (target === undefined) return undefined;
  const value = score(lhr, id);
  return value !== undefined && value >= target;
}

/** Why a run misses its targets, one phrase each; empty when it meets them all. */
export function missedTargets(lhr: Result): string[] {
  if (lhr.runtimeError) return [`could not measure the page (${lhr.runtimeError.code})`];
  const missed: string[] = [];
  for (const id of CATEGORIES) {
    const target = TARGETS[id];
    if (target === undefined) continue;
    const value = score(lhr, id);
    if (value === undefined || value < target) missed.push(`${id} ${value ?? 'error'} < ${target}`);
  }
  const tbt = lhr.audits['total-blocking-time']?.numericValue;
  if (tbt === undefined || tbt > TBT_TARGET_MS) {
    missed.push(`TBT ${tbt === undefined ? 'not measured' : `${Math.round(tbt)} ms`} > ${TBT_TARGET_MS} ms`);
  }
  return missed;
}

/**
 * The back/forward cache audit in a word, or the reasons Lighthouse found the page
 * prevents restoring from it (a `no-store` page, an unload listener, an open connection).
 */
export function bfcacheVerdict(lhr: Result): string {
  const audit = lhr.audits['bf-cache'];
  if (audit === undefined || audit.score === null) return 'not tested';
  if (audit.score >= 1) return 'restorable';
  const items = field(audit.details, 'items');
  const reasons = Array.isArray(items)
    ? (items as unknown[]).map((item) => field(item, 'reason')).filter((reason) => typeof reason === 'string')
    : [];
  return `prevented${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`;
}

function metric(lhr: Result, auditId: string, format: (value: number) => string): string {
  const value = lhr.audits[auditId]?.numericValue;
  return value === undefined ? '–' : format(value);
}

const UNSCORED_MODES = new Set(['manual', 'notApplicable', 'informative', 'error']);

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** What an audit's details point at: resource URLs (path only) or element selectors, at most three. */
export function offenders(details: unknown): string[] {
  const items = field(details, 'items');
  if (!Array.isArray(items)) return [];
  const found: string[] = [];
  for (const item of items as unknown[]) {
    const url = field(item, 'url');
    const selector = field(field(item, 'node'), 'selector');
    if (typeof url === 'string') {
      try {
        const parsed = new URL(url);
        found.push(`${parsed.pathname}${parsed.search}`);
      } catch {
        found.push(url);
      }
    } else if (typeof selector === 'string') {
      found.push(selector);
    }
  }
  const unique = [...new Set(found)];
  return unique.length > 3 ? [...unique.slice(0, 3), `… ${unique.length - 3} more`] : unique;
}

export interface AuditLine {
  readonly id: string;
  readonly weight: number;
  readonly text: string;
}

/** Audits of a category that scored below 1, weighted ones first (heaviest first). */
export function auditsBelowFullScore(lhr: Result, id: CategoryId): AuditLine[] {
  const category = lhr.categories[id];
  if (category === undefined) return [];
  const lines: AuditLine[] = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (audit === undefined || audit.score === null || audit.score >= 1 || UNSCORED_MODES.has(audit.scoreDisplayMode))
      continue;
    const detail = audit.displayValue ? ` — ${audit.displayValue}` : '';
    const where = offenders(audit.details);
    const at = where.length > 0 ? `: ${where.join(', ')}` : '';
    lines.push({
      id: ref.id,
      weight: ref.weight,
      text: `${audit.title}${detail} [${ref.id}, score ${audit.score.toFixed(2)}]${at}`,
    });
  }
  return lines.sort((a, b) => b.weight - a.weight);
}

export function formatResults(results: readonly PageResult[]): string {
  const out: string[] = [];
  out.push('Scores (0–100) and lab metrics, Lighthouse default mobile config (simulated slow 4G, 4× CPU slowdown)\n');
  out.push(
    formatTable(
      [
        { title: 'page' },
        ...CATEGORIES.map((id) => ({ title: id, align: 'right' as const })),
        { title: 'LCP', align: 'right' },
        { title: 'TBT', align: 'right' },
        { title: 'CLS', align: 'right' },
        { title: 'CPU index', align: 'right' },
        { title: 'back/forward cache' },
      ],
      results.map(({ path, lhr }) => [
        path,
        ...CATEGORIES.map((id) => {
          if (score(lhr, id) === undefined) return 'error';
          const met = meetsTarget(lhr, id);
          return `${score(lhr, id) ?? '–'}${met === undefined ? '' : met ? ' ✓' : ' ✗'}`;
        }),
        metric(lhr, 'largest-contentful-paint', (ms) => `${(ms / 1000).toFixed(2)} s`),
        metric(lhr, 'total-blocking-time', (ms) => `${Math.round(ms)} ms ${ms <= TBT_TARGET_MS ? '✓' : '✗'}`),
        metric(lhr, 'cumulative-layout-shift', (value) => value.toFixed(3)),
        String(Math.round(lhr.environment.benchmarkIndex)),
        bfcacheVerdict(lhr),
      ]),
    ),
  );
  const targets = Object.entries(TARGETS).map(([id, min]) => `${id} ${min === 100 ? '=' : '≥'} ${min}`);
  out.push(`\nTargets: ${targets.join(', ')}, TBT ≤ ${TBT_TARGET_MS} ms (✓ met, ✗ missed; seo has no target).`);
  out.push(
    "CPU index is Lighthouse's benchmarkIndex for this run: lower means a busier or slower machine, and TBT " +
      '(and so performance) worsens with it; compare scores only between runs with a similar index.',
  );

  for (const { path, lhr } of results) {
    if (lhr.runtimeError)
      out.push(
        `\n${path}: Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    for (const warning of lhr.runWarnings) out.push(`\n${path}: Lighthouse warning: ${warning}`);
    for (const id of CATEGORIES) {
      const value = score(lhr, id);
      if (value === undefined || value === 100) continue;
      const lines = auditsBelowFullScore(lhr, id);
      const weighted = lines.filter((line) => line.weight > 0);
      const unweighted = lines.filter((line) => line.weight === 0);
      out.push(`\n${path} · ${id} ${value}`);
      if (weighted.length > 0) {
        out.push('  costing points (weight):');
        for (const line of weighted) out.push(`    - (${line.weight}) ${line.text}`);
      }
      if (unweighted.length > 0) {
        out.push('  flagged, no weight in the score:');
        for (const line of unweighted) out.push(`    - ${line.text}`);
      }
    }
  }
  return out.join('\n');
}
