import type { BundleSizes } from './bundle.ts';
import type { BackendName } from './backends.ts';
import type { InProcessResult } from './in-process.ts';
import type { ServerResult } from './server.ts';
import { round } from './stats.ts';

export interface SizeResult {
  backend: BackendName;
  items: number;
  observations: number;
  /** Seconds to migrate and load the synthetic archive. */
  load: number;
  inProcess: InProcessResult;
  server: ServerResult;
}

/** The scale issue's budgets, on this 2-core machine at 100k items and 1M observations. */
export const BUDGETS = {
  dashboardP95Ms: { postgres: 50, pglite: 150 },
  /** Issue 15: a client's exposure page (sites and levels, since the last visit) at 1,000 organisations × 20 sites, 10 years of ratings. */
  exposureP95Ms: { postgres: 50, pglite: 150 },
  portfolioP95MsPostgres: 150,
  searchP95Ms: 50,
  dashboardRequestsPerSecondPostgres: 500,
  stackOverheadMax: 1.5,
  serverMemoryMb: 500,
  initialJsGzipKb: 250,
} as const;

export interface BudgetCheck {
  budget: string;
  backend: BackendName | 'web';
  measured: number | null;
  limit: number;
  ok: boolean;
}

/**
 * Stack overhead: what a client waits for the dashboard endpoint computing it (no cache hit) over the time
 * the same requests spent in SQL, as the server reported it; p50 of each.
 */
export function stackOverhead(r: SizeResult): number | null {
  const sql = r.server.dashboardEndpointUncached.sql;
  return sql ? round(r.server.dashboardEndpointUncached.p50 / sql.p50) : null;
}

/** Checks the budgets on the largest archive measured per database. */
export function checkBudgets(results: SizeResult[], web: BundleSizes): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (budget: string, backend: BudgetCheck['backend'], measured: number | null, limit: number, atMost = true) =>
    checks.push({ budget, backend, measured, limit, ok: measured !== null && (atMost ? measured <= limit : measured >= limit) });
  for (const backend of ['pglite', 'postgres'] as const) {
    const largest = results.filter((r) => r.backend === backend).sort((a, b) => b.items - a.items)[0];
    if (!largest) continue;
    const dashboardP95 = Math.max(...Object.entries(largest.inProcess.queries).filter(([k]) => k.startsWith('dashboard')).map(([, v]) => v.p95));
    add('dashboard p95 (ms, server)', backend, Number.isFinite(dashboardP95) ? dashboardP95 : null, BUDGETS.dashboardP95Ms[backend]);
    const search = Object.entries(largest.inProcess.queries).find(([k]) => k.startsWith('search'))?.[1];
    add('search p95 (ms, server)', backend, search?.p95 ?? null, BUDGETS.searchP95Ms);
    const query = (prefix: string) => Object.entries(largest.inProcess.queries).find(([k]) => k.startsWith(prefix))?.[1];
    add('exposure page p95 (ms, server)', backend, query('exposure page')?.p95 ?? null, BUDGETS.exposureP95Ms[backend]);
    if (backend === 'postgres') add('portfolio p95 (ms, server)', backend, query('portfolio')?.p95 ?? null, BUDGETS.portfolioP95MsPostgres);
    if (backend === 'postgres') {
      add('dashboard requests/s (50 connections)', backend, largest.server.load.requestsPerSecond, BUDGETS.dashboardRequestsPerSecondPostgres, false);
    }
    add('load-test errors', backend, largest.server.load.errors + largest.server.load.non2xx, 0);
    add('stack overhead (× raw SQL)', backend, stackOverhead(largest), BUDGETS.stackOverheadMax);
    add('server peak memory (MB)', backend, largest.server.peakMemoryMb, BUDGETS.serverMemoryMb);
  }
  add('initial JS gzipped (KB)', 'web', web.initialJsGzipKb, BUDGETS.initialJsGzipKb);
  return checks;
}

const pad = (value: unknown, width: number) => String(value).padStart(width);

/** The table `pnpm bench` prints. */
export function formatReport(report: { results: SizeResult[]; budgetChecks: BudgetCheck[]; web: BundleSizes; ingest: unknown; quick: boolean }): string {
  const lines: string[] = [];
  const queryNames = [...new Set(report.results.flatMap((r) => Object.keys(r.inProcess.queries)))];
  lines.push('Server time of the queries (ms, in-process, p50 / p95)');
  lines.push(`${'query'.padEnd(38)}${report.results.map((r) => pad(`${r.backend} ${r.items / 1000}k`, 18)).join('')}`);
  for (const name of queryNames) {
    lines.push(`${name.padEnd(38)}${report.results.map((r) => pad(r.inProcess.queries[name] ? `${r.inProcess.queries[name].p50} / ${r.inProcess.queries[name].p95}` : '—', 18)).join('')}`);
  }
  const row = (label: string, value: (r: SizeResult) => string | number) => lines.push(`${label.padEnd(38)}${report.results.map((r) => pad(value(r), 18)).join('')}`);
  lines.push('', 'Over HTTP on loopback (ms, p50 / p95) and under load');
  row('load time (s)', (r) => r.load);
  row('dashboard endpoint, repeated', (r) => `${r.server.dashboardEndpoint.p50} / ${r.server.dashboardEndpoint.p95}`);
  row('dashboard endpoint, new range', (r) => `${r.server.dashboardEndpointUncached.p50} / ${r.server.dashboardEndpointUncached.p95}`);
  row('  its SQL (Server-Timing)', (r) => (r.server.dashboardEndpointUncached.sql ? `${r.server.dashboardEndpointUncached.sql.p50} / ${r.server.dashboardEndpointUncached.sql.p95}` : '—'));
  row('stack overhead (×)', (r) => stackOverhead(r) ?? '—');
  row('dashboard in-process: service', (r) => `${r.inProcess.dashboardService.p50} / ${r.inProcess.dashboardService.p95}`);
  row('dashboard in-process: its SQL', (r) => `${r.inProcess.dashboardRawSql.p50} / ${r.inProcess.dashboardRawSql.p95}`);
  row('search endpoint', (r) => `${r.server.searchEndpoint.p50} / ${r.server.searchEndpoint.p95}`);
  row('item page', (r) => `${r.server.itemPage.p50} / ${r.server.itemPage.p95}`);
  row('share-link open', (r) => `${r.server.shareOpen.p50} / ${r.server.shareOpen.p95}`);
  row('load: requests/s', (r) => r.server.load.requestsPerSecond);
  row('load: p50 / p95 (ms)', (r) => `${r.server.load.p50Ms} / ${r.server.load.p95Ms}`);
  row('load: errors / non-2xx', (r) => `${r.server.load.errors} / ${r.server.load.non2xx}`);
  row('server peak memory (MB)', (r) => r.server.peakMemoryMb ?? '—');
  lines.push('', `Web: initial JS ${report.web.initialJsGzipKb} KB gzipped, map chunk ${report.web.mapChunkGzipKb} KB gzipped`);
  const ingest = (report.ingest as { results?: Array<{ name: string; editionsPerSecond: number }> }).results ?? [];
  lines.push(`Ingest (editions/s, one core): ${ingest.map((r) => `${r.name} ${r.editionsPerSecond}`).join('; ')}`);
  lines.push('', report.quick ? 'Budgets (informative only at --quick sizes)' : 'Budgets (largest archive per database)');
  for (const c of report.budgetChecks) {
    lines.push(`${c.ok ? 'ok  ' : 'MISS'} ${c.budget.padEnd(40)} ${c.backend.padEnd(9)} ${pad(c.measured ?? '—', 8)}  (limit ${c.limit})`);
  }
  return lines.join('\n');
}
