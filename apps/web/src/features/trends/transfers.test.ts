import { describe, expect, it } from 'vitest';
import { dayMs } from './periods.ts';
import { point } from './test-points.ts';
import { cumulativeTransfers, transferDomain } from './transfers.ts';

const transfer = (date: string, value: number) => point({ periodStart: date, periodEnd: date, value, unit: 'people' });

describe('cumulativeTransfers', () => {
  it('adds the transfers up in date order: 29 → 55 → 92', () => {
    const steps = cumulativeTransfers([transfer('2025-08-12', 26), transfer('2025-02-27', 29), transfer('2026-01-20', 37)]);
    expect(steps.map((s) => [s.date, s.count, s.total])).toEqual([
      ['2025-02-27', 29, 29],
      ['2025-08-12', 26, 55],
      ['2026-01-20', 37, 92],
    ]);
    expect(steps[0]!.t).toBe(Date.UTC(2025, 1, 27));
  });

  it('makes one step of two figures on the same day, and nothing of no figures', () => {
    expect(cumulativeTransfers([transfer('2025-02-27', 20), transfer('2025-02-27', 9)]).map((s) => s.total)).toEqual([29]);
    expect(cumulativeTransfers([])).toEqual([]);
  });
});

describe('transferDomain', () => {
  const steps = cumulativeTransfers([transfer('2025-02-27', 29), transfer('2026-01-20', 37)]);
  it('leaves a margin around the transfers and widens to show the filter’s range', () => {
    const [lo, hi] = transferDomain(steps, {})!;
    expect(lo).toBeLessThan(dayMs('2025-02-27'));
    expect(hi).toBeGreaterThan(dayMs('2026-01-20'));
    expect(transferDomain(steps, { from: '2024-01-01' })![0]).toBe(dayMs('2024-01-01'));
    expect(transferDomain([], {})).toBeNull();
  });
});
