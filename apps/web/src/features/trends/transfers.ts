import { dayMs } from './periods.ts';
import type { TrendPointLike } from './points.ts';

export interface TransferStep {
  /** Day of the transfer, YYYY-MM-DD. */
  date: string;
  /** The day as a time-axis position (ms since the epoch, UTC). */
  t: number;
  /** People sent that day. */
  count: number;
  /** People sent so far, this transfer included. */
  total: number;
}

/** Transfer events → running totals, oldest first; events of the same day are one step. */
export function cumulativeTransfers(points: readonly TrendPointLike[]): TransferStep[] {
  const byDay = new Map<string, number>();
  for (const p of points) byDay.set(p.periodStart, (byDay.get(p.periodStart) ?? 0) + p.value);
  let total = 0;
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, count]) => {
      total += count;
      return { date, t: dayMs(date), count, total };
    });
}

const MONTH_MS = 30 * 86_400_000;

/** Time-axis bounds: a month of margin either side of the events, widened to show the filter's range. */
export function transferDomain(steps: readonly TransferStep[], range: { from?: string | undefined; to?: string | undefined }): [number, number] | null {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return null;
  let lo = first.t - MONTH_MS;
  let hi = last.t + MONTH_MS;
  if (range.from) lo = Math.min(lo, dayMs(range.from));
  if (range.to) hi = Math.max(hi, dayMs(range.to));
  return [lo, hi];
}
