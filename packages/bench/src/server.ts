import { readFileSync } from 'node:fs';
import { spawnServer } from '@atalaya/server/testing';
import { BENCH_USER, type PreparedBackend } from './backends.ts';
import { searchFilter, shiftedFilter, typicalFilter } from './filters.ts';
import { ApiClient, loadTest, rawGet, timeRequests, type LoadResult, type TimedRequests } from './http.ts';

export interface ServerResult {
  /** Wall time seen by a client on loopback, per request. */
  /** The typical dashboard, requested again and again (served from the server's snapshot cache). */
  dashboardEndpoint: TimedRequests;
  /** A different date range each time: computed by the whole stack on every request (`sql`: its SQL alone). */
  dashboardEndpointUncached: TimedRequests;
  searchEndpoint: TimedRequests;
  itemPage: TimedRequests;
  /** Opening a share link: the page, then the dashboard data under the link. */
  shareOpen: TimedRequests;
  load: LoadResult;
  /** The server process's peak resident memory (VmHWM). */
  peakMemoryMb: number | null;
}

function peakMemoryMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Starts the built server on the prepared database and measures it over loopback, then a load test. */
export async function measureServer(
  prepared: PreparedBackend,
  options: { iterations: number; load: { connections: number; seconds: number } },
): Promise<ServerResult> {
  const server = await spawnServer({
    ...(prepared.dataDir ? { dataDir: prepared.dataDir } : {}),
    // SERVER_TIMING: the SQL time of every request, share links' included.
    env: { ...prepared.serverEnv, ATALAYA_DEMO: '0', LOG_LEVEL: 'warn', SERVER_TIMING: 'true' },
  });
  try {
    const api = await ApiClient.signIn(server.url, BENCH_USER.email, BENCH_USER.password);
    const get = (url: string) => rawGet(url, { cookie: api.cookie });
    const filter = typicalFilter(prepared.lastDate);
    const dashboardUrl = api.queryUrl('dashboard.get', { filter });
    const { iterations } = options;

    // The server remembers a dashboard until the next write: the same request again is a cache hit, so
    // a new date range per request measures the whole stack computing it; the server reports the SQL time
    // of each (Server-Timing), which gives the stack's overhead on the very same requests.
    const dashboardEndpoint = await timeRequests(iterations, 5, () => get(dashboardUrl));
    const dashboardEndpointUncached = await timeRequests(iterations, 5, (i) => get(api.queryUrl('dashboard.get', { filter: shiftedFilter(filter, i + 7) })));
    const searchEndpoint = await timeRequests(iterations, 5, () => get(api.queryUrl('dashboard.get', { filter: searchFilter() })));

    const first = (await (await fetch(dashboardUrl, { headers: { cookie: api.cookie } })).json()) as { result: { data: { json: { items: { items: Array<{ id: number }> } } } } };
    const ids = first.result.data.json.items.items.map((i) => i.id);
    if (ids.length === 0) throw new Error('The dashboard returned no items to open');
    const itemPage = await timeRequests(iterations, 5, (i) => get(api.queryUrl('items.byId', { id: ids[i % ids.length] })));

    const view = await api.mutate<{ id: number }>('views.create', { name: 'Benchmark view', filter: { ...filter, states: ['MX-SIN'] } });
    const link = await api.mutate<{ token: string; path: string }>('views.share', { viewId: view.id, expiresInDays: 1 });
    const shareOpen = await timeRequests(iterations, 5, async () => [
      await rawGet(`${server.url}${link.path}`),
      await rawGet(api.queryUrl('dashboard.get', { filter }), { 'x-atalaya-share': link.token }),
    ]);

    const load = await loadTest(dashboardUrl, { cookie: api.cookie }, options.load.connections, options.load.seconds);
    return { dashboardEndpoint, dashboardEndpointUncached, searchEndpoint, itemPage, shareOpen, load, peakMemoryMb: peakMemoryMb(server.process.pid) };
  } finally {
    await server.dispose();
  }
}
