import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats.ts';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('uses nearest-rank percentiles', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(twenty, 90)).toBe(18);
    expect(percentile([5], 90)).toBe(5);
  });

  it('summarizes a sample without reordering it', () => {
    const sample = [30, 10, 20];
    expect(summarize(sample)).toEqual({ count: 3, median: 20, p90: 30, min: 10, max: 30 });
    expect(sample).toEqual([30, 10, 20]);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([], 50)).toThrow();
  });
});
