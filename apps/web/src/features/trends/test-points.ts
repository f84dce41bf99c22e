import type { TrendPointLike } from './points.ts';

/** A series point for tests; override what the test is about. */
export function point(overrides: Partial<TrendPointLike> = {}): TrendPointLike {
  return {
    place: 'MX',
    periodStart: '2024-01-01',
    periodEnd: '2024-01-31',
    value: 100,
    unit: 'case files',
    dimension: null,
    dataStatus: null,
    confidence: 'medium',
    sourceUrl: 'https://example.org/data.csv',
    sourceLabel: 'Example source',
    note: null,
    ...overrides,
  };
}

/** A month's point: '2024-03' → 2024-03-01..2024-03-31. */
export function monthPoint(place: string, month: string, value: number, overrides: Partial<TrendPointLike> = {}): TrendPointLike {
  const start = `${month}-01`;
  const d = new Date(`${start}T00:00:00Z`);
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return point({ place, periodStart: start, periodEnd: end, value, ...overrides });
}
