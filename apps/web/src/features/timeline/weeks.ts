/** Weeks start on Monday, as PostgreSQL's date_trunc('week') and ISO 8601 have it. Dates are UTC calendar days. */

export interface WeekCount {
  /** The week's Monday, 'YYYY-MM-DD'. */
  key: string;
  count: number;
}

export interface DateRange {
  from: string;
  to: string;
}

/** A brushed span of the strip, as indexes into its weeks (inclusive, either order). */
export interface Brush {
  anchor: number;
  cursor: number;
}

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(toTime(iso) + days * DAY_MS);
}

/** The Monday of the week a date falls in. */
export function weekStart(iso: string): string {
  const time = toTime(iso);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return toIso(time - sinceMonday * DAY_MS);
}

/**
 * Weekly counts sorted oldest first, with a zero for every week between the first and the last that
 * has none, so that each bar of the strip is one week and gaps show as gaps. Keys that are not Mondays
 * are moved to their week's Monday.
 */
export function fillWeeks(counts: readonly WeekCount[]): WeekCount[] {
  if (counts.length === 0) return [];
  const byWeek = new Map<string, number>();
  for (const c of counts) {
    const key = weekStart(c.key);
    byWeek.set(key, (byWeek.get(key) ?? 0) + c.count);
  }
  const keys = [...byWeek.keys()].sort();
  const last = keys.at(-1) as string;
  const result: WeekCount[] = [];
  for (let key = keys[0] as string; key <= last; key = addDays(key, 7)) result.push({ key, count: byWeek.get(key) ?? 0 });
  return result;
}

/** The dates a brush covers: from the Monday of its first week to the Sunday of its last. */
export function brushRange(weeks: readonly WeekCount[], brush: Brush): DateRange | null {
  const first = weeks[Math.max(0, Math.min(brush.anchor, brush.cursor))];
  const last = weeks[Math.min(weeks.length - 1, Math.max(brush.anchor, brush.cursor))];
  if (!first || !last) return null;
  return { from: first.key, to: addDays(last.key, 6) };
}

/** Items in the brushed weeks. */
export function brushCount(weeks: readonly WeekCount[], brush: Brush): number {
  const start = Math.min(brush.anchor, brush.cursor);
  const end = Math.max(brush.anchor, brush.cursor);
  return weeks.slice(start, end + 1).reduce((n, w) => n + w.count, 0);
}

/**
 * The weeks a filter's date range touches, as a brush over the strip; null when the filter has no
 * dates or they fall outside the strip. An open end runs to the strip's edge.
 */
export function rangeToBrush(weeks: readonly WeekCount[], from: string | undefined, to: string | undefined): Brush | null {
  if (weeks.length === 0 || (from === undefined && to === undefined)) return null;
  let start = -1;
  let end = -1;
  weeks.forEach((w, i) => {
    const weekEnd = addDays(w.key, 6);
    if ((from === undefined || weekEnd >= from) && (to === undefined || w.key <= to)) {
      if (start < 0) start = i;
      end = i;
    }
  });
  return start < 0 ? null : { anchor: start, cursor: end };
}

/** Which bar a pointer at `x` pixels from the strip's left edge is over, clamped to the strip. */
export function indexAt(x: number, width: number, count: number): number {
  if (count <= 0 || width <= 0) return 0;
  return Math.max(0, Math.min(count - 1, Math.floor((x / width) * count)));
}

/**
 * Where the strip's axis gets a label: the first week of each quarter when it spans up to about a year
 * and a half, otherwise the first week of each year.
 */
export function axisTicks(weeks: readonly WeekCount[]): Array<{ index: number; key: string; unit: 'month' | 'year' }> {
  const unit = weeks.length <= 80 ? 'month' : 'year';
  const ticks: Array<{ index: number; key: string; unit: 'month' | 'year' }> = [];
  let previous = '';
  weeks.forEach((w, i) => {
    // The week's Thursday decides its month and year, as ISO week numbering does.
    const thursday = addDays(w.key, 3);
    const month = Number(thursday.slice(5, 7));
    const bucket = unit === 'year' ? thursday.slice(0, 4) : `${thursday.slice(0, 4)}-${Math.floor((month - 1) / 3)}`;
    if (bucket !== previous && i > 0 && (unit === 'year' || (month - 1) % 3 === 0)) ticks.push({ index: i, key: thursday, unit });
    previous = bucket;
  });
  return ticks;
}

/**
 * The ticks whose labels fit a strip `width` pixels wide: each at least `gap` pixels after the one
 * before and before the right edge. Without a width (not measured yet), all of them.
 */
export function fitTicks<T extends { index: number }>(ticks: readonly T[], count: number, width: number | null, gap = 64): T[] {
  if (!width || count <= 0) return [...ticks];
  const kept: T[] = [];
  let last = -Infinity;
  for (const tick of ticks) {
    const x = (tick.index / count) * width;
    if (x - last >= gap && width - x >= gap) {
      kept.push(tick);
      last = x;
    }
  }
  return kept;
}
