import http from 'node:http';
import autocannon from 'autocannon';
import { summarize, type Summary } from './stats.ts';

/** A signed-in client of a running server, speaking tRPC's HTTP protocol (superjson envelopes). */
export class ApiClient {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const res = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ json: { email, password } }),
    });
    if (!res.ok) throw new Error(`Sign-in failed with ${res.status}: ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error('Sign-in set no session cookie');
    return new ApiClient(baseUrl, cookie);
  }

  queryUrl(procedure: string, input: unknown): string {
    return `${this.baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  }

  async mutate<T>(procedure: string, input: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.baseUrl, cookie: this.cookie },
      body: JSON.stringify({ json: input }),
    });
    if (!res.ok) throw new Error(`${procedure} failed with ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
  }
}

/** A response as it arrived: status, headers and the size of its body, still encoded (gzip). */
export interface RawResponse {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * A GET over one kept-alive connection, read to its last byte and not decoded: what the server's stack
 * costs, without the client's own work on the body (a browser inflates gzip natively, off the page's thread;
 * fetch() in Node inflates it in JavaScript streams, which would add a few ms to every timing).
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ url, status: res.statusCode ?? 0, headers: res.headers, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** The SQL time a Server-Timing header reports (`db;dur=…`), if any. */
export function serverSqlMs(serverTiming: string | string[] | undefined): number | null {
  const match = /(?:^|,)\s*db;[^,]*\bdur=([\d.]+)/.exec([serverTiming ?? ''].flat().join(','));
  return match ? Number(match[1]) : null;
}

export interface TimedRequests extends Summary {
  /** The SQL time of the same requests, as the server reported it (summed over a request's responses). */
  sql: Summary | null;
}

/** Wall time of `count` sequential GETs after `warmup` unmeasured ones; any non-2xx answer aborts the run. */
export async function timeRequests(
  count: number,
  warmup: number,
  request: (i: number) => Promise<RawResponse | RawResponse[]>,
): Promise<TimedRequests> {
  const times: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const start = performance.now();
    const responses = [await request(i)].flat();
    const elapsed = performance.now() - start;
    const failed = responses.find((res) => res.status < 200 || res.status > 299);
    if (failed) throw new Error(`${failed.url} answered ${failed.status}`);
    if (i < warmup) continue;
    times.push(elapsed);
    const reported = responses.map((res) => serverSqlMs(res.headers['server-timing']));
    if (reported.every((ms) => ms !== null)) sql.push(reported.reduce<number>((a, b) => a + (b ?? 0), 0));
  }
  return { ...summarize(times), sql: sql.length === times.length ? summarize(sql) : null };
}

export interface LoadResult {
  requestsPerSecond: number;
  p95Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** autocannon against one URL: mean requests/s, latency percentiles of every response, errors (connection errors, timeouts, non-2xx). */
export async function loadTest(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers, connections, duration: seconds }, (error, res) => (error ? reject(error) : resolve(res)));
    // autocannon's own histogram has p90 and p97.5 but no p95: keep every response time instead.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const latency = summarize(latencies);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: latency.p50,
    p95Ms: latency.p95,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
