import { describe, expect, it } from 'vitest';
import { headingIndexFor, toRows } from './rows.ts';

const item = (id: number, date: string) => ({ id, date });

describe('toRows', () => {
  it('puts a heading before the first item of each week, newest first', () => {
    const rows = toRows([{ items: [item(5, '2025-03-12'), item(4, '2025-03-10'), item(3, '2025-03-09'), item(2, '2025-02-20')] }]);
    expect(rows.map((r) => r.key)).toEqual(['week-2025-03-10', 'item-5', 'item-4', 'week-2025-03-03', 'item-3', 'week-2025-02-17', 'item-2']);
    expect(rows[1]).toMatchObject({ kind: 'item', week: '2025-03-10', item: { id: 5 } });
  });

  it('does not repeat a heading when a week continues on the next page', () => {
    const rows = toRows([{ items: [item(9, '2025-03-14'), item(8, '2025-03-13')] }, { items: [item(7, '2025-03-11'), item(6, '2025-03-02')] }]);
    expect(rows.filter((r) => r.kind === 'week').map((r) => r.week)).toEqual(['2025-03-10', '2025-02-24']);
    expect(rows).toHaveLength(6);
  });

  it('skips an item a later page repeats, and gives no rows for no items', () => {
    const rows = toRows([{ items: [item(2, '2025-03-12'), item(1, '2025-03-11')] }, { items: [item(1, '2025-03-11')] }]);
    expect(rows.map((r) => r.key)).toEqual(['week-2025-03-10', 'item-2', 'item-1']);
    expect(toRows([])).toEqual([]);
    expect(toRows([{ items: [] }])).toEqual([]);
  });

  it('stays fast and correct for 10,000 items in 100 pages', () => {
    const pages = Array.from({ length: 100 }, (_, p) => ({
      items: Array.from({ length: 100 }, (_, i) => {
        const n = p * 100 + i;
        return item(10_000 - n, new Date(Date.parse('2026-01-01T00:00:00Z') - Math.floor(n / 5) * 86_400_000).toISOString().slice(0, 10));
      }),
    }));
    const rows = toRows(pages);
    const headings = rows.filter((r) => r.kind === 'week');
    expect(rows.length - headings.length).toBe(10_000);
    expect(new Set(headings.map((h) => h.week)).size).toBe(headings.length);
  });
});

describe('headingIndexFor', () => {
  it('finds the heading a row belongs to', () => {
    const rows = toRows([{ items: [item(3, '2025-03-12'), item(2, '2025-03-11'), item(1, '2025-03-01')] }]);
    expect(headingIndexFor(rows, 0)).toBe(0);
    expect(headingIndexFor(rows, 2)).toBe(0);
    expect(headingIndexFor(rows, 4)).toBe(3);
    expect(headingIndexFor(rows, 40)).toBe(3);
    expect(headingIndexFor([], 0)).toBe(-1);
  });
});
