import { describe, expect, it } from 'vitest';
import { OTHER_KEY, topTopics } from './topic-volume.ts';

describe('topTopics', () => {
  const counts = [
    { month: '2025-01-01', topic: 'cartels-organized-crime', count: 5 },
    { month: '2025-01-01', topic: 'extraditions-transfers', count: 3 },
    { month: '2025-01-01', topic: 'prisons', count: 1 },
    { month: '2025-03-01', topic: 'cartels-organized-crime', count: 2 },
    { month: '2025-03-01', topic: 'tariffs-trade', count: 4 },
    { month: '2025-03-01', topic: 'geopolitics', count: 1 },
  ];

  it('keeps the top n topics by total and sums the rest as "other", month by month', () => {
    const data = topTopics(counts, 2);
    expect(data.keys).toEqual(['cartels-organized-crime', 'tariffs-trade', OTHER_KEY]);
    expect(data.totals).toEqual({ 'cartels-organized-crime': 7, 'tariffs-trade': 4, [OTHER_KEY]: 5 });
    expect(data.rows).toEqual([
      { month: '2025-01-01', 'cartels-organized-crime': 5, 'tariffs-trade': 0, [OTHER_KEY]: 4 },
      // A month without items is a zero, so the axis does not skip it.
      { month: '2025-02-01', 'cartels-organized-crime': 0, 'tariffs-trade': 0, [OTHER_KEY]: 0 },
      { month: '2025-03-01', 'cartels-organized-crime': 2, 'tariffs-trade': 4, [OTHER_KEY]: 1 },
    ]);
  });

  it('has no "other" when every topic fits, breaks ties in catalog order, and keeps the total', () => {
    const data = topTopics(counts);
    expect(data.keys).not.toContain(OTHER_KEY);
    // prisons and geopolitics both have 1: catalog order puts prisons first.
    expect(data.keys.slice(-2)).toEqual(['prisons', 'geopolitics']);
    const sum = (d: typeof data) => d.rows.reduce((n, r) => n + d.keys.reduce((m, k) => m + Number(r[k]), 0), 0);
    expect(sum(data)).toBe(16);
    expect(sum(topTopics(counts, 1))).toBe(16);
  });

  it('is empty without counts', () => {
    expect(topTopics([])).toEqual({ keys: [], rows: [], totals: {} });
  });
});
