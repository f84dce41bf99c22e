import { describe, expect, it } from 'vitest';
import { coveredTime, percentile, summarize } from '../src/stats.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('summarizes with the sample size', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ p50: 2, p95: 4, n: 4 });
  });
});

describe('coveredTime', () => {
  it('counts overlapping intervals once', () => {
    expect(coveredTime([[0, 10], [5, 15], [20, 25]])).toBe(20);
    expect(coveredTime([[20, 25], [0, 10], [2, 3]])).toBe(15);
    expect(coveredTime([])).toBe(0);
  });
});
