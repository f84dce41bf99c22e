import { dashboard, measureQueries } from '@atalaya/api';
import type { LogEvent } from 'kysely';
import type { PreparedBackend } from './backends.ts';
import { typicalFilter } from './filters.ts';
import { coveredTime, summarize, type Summary } from './stats.ts';

export interface InProcessResult {
  /** Server-side time of the hot queries (dashboard for several filters, search, item page), from the API's services. */
  queries: Record<string, { p50: number; p95: number }>;
  /** The dashboard service for the typical filter, and the time its SQL alone took (parallel queries counted once). */
  dashboardService: Summary;
  dashboardRawSql: Summary;
}

/** Times the services against the database directly: no HTTP, no tRPC, no JSON. */
export async function measureInProcess(prepared: PreparedBackend, iterations: number): Promise<InProcessResult> {
  let intervals: Array<[number, number]> = [];
  const db = await prepared.open({
    log: (event: LogEvent) => {
      const end = performance.now();
      intervals.push([end - event.queryDurationMillis, end]);
    },
  });
  try {
    const queries = await measureQueries(db.db, { iterations });
    const filter = typicalFilter(prepared.lastDate);
    const service: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < iterations + 5; i++) {
      intervals = [];
      const start = performance.now();
      await dashboard(db.db, filter, { today: prepared.lastDate });
      const elapsed = performance.now() - start;
      if (i < 5) continue;
      service.push(elapsed);
      raw.push(coveredTime(intervals));
    }
    return { queries, dashboardService: summarize(service), dashboardRawSql: summarize(raw) };
  } finally {
    await db.close();
  }
}
