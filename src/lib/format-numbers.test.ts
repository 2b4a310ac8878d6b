import { describe, expect, it } from 'vitest';
import { formatCount } from './format-numbers';

describe('formatCount', () => {
  it('writes counts as en-US does, grouped in thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-12345)).toBe('-12,345');
  });

  it('matches Intl for whole numbers across magnitudes, and hands it the rest', () => {
    const samples = [7, 42, 512, 4096, 65536, 999_999, 1_000_000, 2 ** 31, Number.MAX_SAFE_INTEGER, -1, -1_000_001];
    for (let exponent = 0; exponent < 16; exponent++) samples.push(Math.floor(3.7 ** exponent) + exponent);
    for (const value of samples) expect(formatCount(value), String(value)).toBe(value.toLocaleString('en-US'));
    for (const value of [1.5, 2 ** 60, Number.NaN, Infinity])
      expect(formatCount(value), String(value)).toBe(value.toLocaleString('en-US'));
  });
});
