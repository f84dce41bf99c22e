import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogEvent } from 'kysely';

/** Total time covered by [start, end] intervals, overlaps counted once (queries run in parallel on a pool). */
export function coveredTime(intervals: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let start = Number.NEGATIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of sorted) {
    if (s > end) {
      if (end > start) total += end - start;
      start = s;
      end = e;
    } else if (e > end) {
      end = e;
    }
  }
  if (end > start) total += end - start;
  return total;
}

export interface Timed<T> {
  result: T;
  /** Wall time of the work. */
  totalMs: number;
  /** Time in SQL (from sending a query to its rows being ready), parallel queries counted once. */
  sqlMs: number;
  queries: number;
}

/**
 * The time a unit of work (a request) spends in SQL: pass `log` as the database's `log` option, and run
 * the work in `measure`. Queries are attributed to the work that issued them through async context, so
 * concurrent requests do not mix.
 */
export class QueryTiming {
  private readonly storage = new AsyncLocalStorage<Array<[number, number]>>();

  readonly log = (event: LogEvent): void => {
    const intervals = this.storage.getStore();
    if (!intervals) return;
    const end = performance.now();
    intervals.push([end - event.queryDurationMillis, end]);
  };

  async measure<T>(work: () => Promise<T>): Promise<Timed<T>> {
    const intervals: Array<[number, number]> = [];
    const start = performance.now();
    const result = await this.storage.run(intervals, work);
    return { result, totalMs: performance.now() - start, sqlMs: coveredTime(intervals), queries: intervals.length };
  }
}
