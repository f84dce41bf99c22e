import { describe, expect, it } from 'vitest';
import { serverSqlMs } from '../src/http.ts';
import { percentile, summarize } from '../src/stats.ts';

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

describe('serverSqlMs', () => {
  it('reads the SQL time of a Server-Timing header, and nothing else', () => {
    expect(serverSqlMs('db;desc="SQL";dur=12.5, app;dur=20.1')).toBe(12.5);
    expect(serverSqlMs('app;dur=20.1, db;dur=3')).toBe(3);
    expect(serverSqlMs(['app;dur=20.1', 'db;dur=4.5'])).toBe(4.5);
    expect(serverSqlMs('app;dur=20.1')).toBeNull();
    expect(serverSqlMs(undefined)).toBeNull();
  });
});
