import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import {
  auditsBelowFullScore,
  bfcacheVerdict,
  formatResults,
  meetsTarget,
  missedTargets,
  offenders,
  score,
} from './lighthouse-report.ts';

interface AuditStub {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: unknown;
}

function lhrWith(
  categories: Record<string, { score: number | null; refs: [string, number][] }>,
  audits: Record<string, AuditStub>,
): Result {
  const stub = {
    categories: Object.fromEntries(
      Object.entries(categories).map(([id, { score: value, refs }]) => [
        id,
        { id, score: value, auditRefs: refs.map(([refId, weight]) => ({ id: refId, weight })) },
      ]),
    ),
    audits: Object.fromEntries(Object.entries(audits).map(([id, audit]) => [id, { id, ...audit }])),
    environment: { benchmarkIndex: 1500 },
    runWarnings: [],
  };
  return stub as unknown as Result;
}

const lhr = lhrWith(
  {
    performance: {
      score: 0.934,
      refs: [
        ['total-blocking-time', 30],
        ['largest-contentful-paint', 25],
        ['unused-javascript', 0],
      ],
    },
    accessibility: { score: 1, refs: [['color-contrast', 7]] },
    'best-practices': {
      score: 0.96,
      refs: [
        ['errors-in-console', 1],
        ['manual-check', 0],
      ],
    },
    seo: { score: 0.9, refs: [] },
  },
  {
    'total-blocking-time': {
      title: 'Total Blocking Time',
      score: 0.84,
      scoreDisplayMode: 'numeric',
      displayValue: '250 ms',
      numericValue: 248,
    },
    'largest-contentful-paint': {
      title: 'Largest Contentful Paint',
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 1234,
    },
    'unused-javascript': {
      title: 'Reduce unused JavaScript',
      score: 0,
      scoreDisplayMode: 'metricSavings',
      details: {
        type: 'opportunity',
        items: [{ url: 'http://127.0.0.1:1234/assets/index-x.js?v=1', wastedBytes: 60000 }],
      },
    },
    'color-contrast': { title: 'Contrast', score: 1, scoreDisplayMode: 'binary' },
    'errors-in-console': {
      title: 'Browser errors were logged to the console',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { type: 'table', items: [{ node: { selector: 'main > img' } }, { node: { selector: 'main > img' } }] },
    },
    'manual-check': { title: 'A manual check', score: null, scoreDisplayMode: 'manual' },
    'cumulative-layout-shift': { title: 'CLS', score: 1, scoreDisplayMode: 'numeric', numericValue: 0.0123 },
  },
);

describe('lighthouse report', () => {
  it("names at most three offenders from an audit's details", () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ url: `http://x.test/${name}.js` }));
    expect(offenders({ items })).toEqual(['/a.js', '/b.js', '/c.js', '… 2 more']);
    expect(offenders({ type: 'list', items: 'nope' })).toEqual([]);
    expect(offenders(undefined)).toEqual([]);
  });

  it('rounds scores to 0–100 and checks them against the targets', () => {
    expect(score(lhr, 'performance')).toBe(93);
    expect(meetsTarget(lhr, 'performance')).toBe(false);
    expect(meetsTarget(lhr, 'accessibility')).toBe(true);
    expect(meetsTarget(lhr, 'best-practices')).toBe(false);
    expect(meetsTarget(lhr, 'seo')).toBeUndefined();
  });

  it('lists audits below a full score, weighted first, without manual checks', () => {
    expect(auditsBelowFullScore(lhr, 'performance').map((line) => [line.id, line.weight])).toEqual([
      ['total-blocking-time', 30],
      ['unused-javascript', 0],
    ]);
    expect(auditsBelowFullScore(lhr, 'best-practices').map((line) => line.id)).toEqual(['errors-in-console']);
  });

  it('prints scores with marks, metrics, and the failing audits per page', () => {
    const text = formatResults([{ path: '/offers', lhr }]);
    expect(text).toMatch(/\/offers\s+93 ✗\s+100 ✓\s+96 ✗\s+90\s+1\.23 s\s+248 ms ✗\s+0\.012\s+1500\s+not tested/);
    expect(text).toContain('(30) Total Blocking Time — 250 ms [total-blocking-time, score 0.84]');
    expect(text).toContain('- Reduce unused JavaScript [unused-javascript, score 0.00]: /assets/index-x.js?v=1');
    expect(text).toContain(
      '(1) Browser errors were logged to the console [errors-in-console, score 0.00]: main > img\n',
    );
    expect(text).not.toContain('A manual check');
  });

  it('names every target a run misses, TBT included', () => {
    expect(missedTargets(lhr)).toEqual(['performance 93 < 95', 'best-practices 96 < 100', 'TBT 248 ms > 150 ms']);
  });

  it('says whether the page can be restored from the back/forward cache, and why not', () => {
    const audit = (score: number, items: unknown[]) =>
      lhrWith({}, { 'bf-cache': { title: 'bfcache', score, scoreDisplayMode: 'binary', details: { items } } });
    expect(bfcacheVerdict(audit(1, []))).toBe('restorable');
    expect(bfcacheVerdict(audit(0, [{ reason: 'Pages with cache-control:no-store cannot enter' }]))).toBe(
      'prevented: Pages with cache-control:no-store cannot enter',
    );
  });
});
