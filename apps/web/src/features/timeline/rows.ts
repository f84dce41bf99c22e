import { weekStart } from './weeks.ts';

export type TimelineRow<T> = { kind: 'week'; key: string; week: string } | { kind: 'item'; key: string; week: string; item: T };

/**
 * The loaded pages of items (newest first) as the list's rows: each item after a heading for its
 * week, one heading per week even when a week spans two pages.
 */
export function toRows<T extends { id: number; date: string }>(pages: ReadonlyArray<{ items: readonly T[] }>): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  let current: string | null = null;
  const seen = new Set<number>();
  for (const page of pages) {
    for (const item of page.items) {
      // A page fetched again after an insert can repeat an item; a row key must appear once.
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const week = weekStart(item.date);
      if (week !== current) {
        rows.push({ kind: 'week', key: `week-${week}`, week });
        current = week;
      }
      rows.push({ kind: 'item', key: `item-${item.id}`, week, item });
    }
  }
  return rows;
}

/** The heading row that a row sits under: the one to keep pinned at the top while it is in view. */
export function headingIndexFor(rows: ReadonlyArray<{ kind: string }>, index: number): number {
  for (let i = Math.min(index, rows.length - 1); i >= 0; i--) if (rows[i]?.kind === 'week') return i;
  return -1;
}
