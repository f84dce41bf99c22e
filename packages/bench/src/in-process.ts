import { dashboard, measureQueries } from '@atalaya/api';
import { QueryTiming } from '@atalaya/db';
import type { PreparedBackend } from './backends.ts';
import { typicalFilter } from './filters.ts';
import { summarize, type Summary } from './stats.ts';

export interface InProcessResult {
  /** Server-side time of the hot queries (dashboard for several filters, search, item page), from the API's services. */
  queries: Record<string, { p50: number; p95: number }>;
  /** The dashboard service for the typical filter, and the time its SQL alone took (parallel queries counted once). */
  dashboardService: Summary;
  dashboardRawSql: Summary;
}

/** Times the services against the database directly: no HTTP, no tRPC, no JSON. */
export async function measureInProcess(prepared: PreparedBackend, iterations: number): Promise<InProcessResult> {
  const timing = new QueryTiming();
  const db = await prepared.open({ log: timing.log });
  try {
    const queries = await measureQueries(db.db, { iterations });
    const filter = typicalFilter(prepared.lastDate);
    const service: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < iterations + 5; i++) {
      const { totalMs, sqlMs } = await timing.measure(() => dashboard(db.db, filter, { today: prepared.lastDate }));
      if (i < 5) continue;
      service.push(totalMs);
      raw.push(sqlMs);
    }
    return { queries, dashboardService: summarize(service), dashboardRawSql: summarize(raw) };
  } finally {
    await db.close();
  }
}
