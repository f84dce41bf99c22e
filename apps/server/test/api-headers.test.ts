import { DEMO_PASSWORD, loadDemo } from '@atalaya/api';
import { QueryTiming, type Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER, MAX_BATCH_CALLS } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { signInCookie } from './support/sign-in.ts';

const ORIGIN = 'http://localhost';
const SHARE_HEADER = 'x-atalaya-share';

/** A GET of several procedures in one request, as the web client's batch link sends it. */
function batchUrl(calls: Array<[procedure: string, input: unknown]>): string {
  const inputs = Object.fromEntries(calls.map(([, input], i) => [i, { json: input }]));
  return `/trpc/${calls.map(([procedure]) => procedure).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
}
const dashboardCalls = (n: number) => Array.from({ length: n }, (_, i): [string, unknown] => ['dashboard.get', { filter: { ...EMPTY_FILTER, from: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` } }]);

describe.each(testBackends())('API answers on %s', (kind) => {
  let handle: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  let shareToken: string;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    // Query timing as the server sets it up, without SERVER_TIMING: only staff are told.
    app = createApp({ db: handle, queryTiming: new QueryTiming(), webDir: '/nonexistent' });
    for (const who of ['admin', 'analyst', 'manager', 'client']) {
      cookies[who] = await signInCookie((p, init) => app.request(p, init), ORIGIN, `${who}@atalaya.demo`, DEMO_PASSWORD);
    }
    const listed = await app.request(batchUrl([['views.list', {}]]), { headers: { cookie: cookies['manager'] as string } });
    const viewId = ((await listed.json()) as Array<{ result: { data: { json: Array<{ id: number }> } } }>)[0]?.result.data.json[0]?.id;
    const shared = await app.request('/trpc/views.share', {
      method: 'POST',
      headers: { cookie: cookies['manager'] as string, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { viewId } }),
    });
    shareToken = ((await shared.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
  });
  afterAll(() => handle.close());

  const dashboard = batchUrl([['dashboard.get', { filter: EMPTY_FILTER }]]);

  it('tells caches to keep no copy of any API answer: signed in, anonymous, under a share link, refused or exported', async () => {
    const answers = [
      await app.request(dashboard, { headers: { cookie: cookies['client'] as string } }),
      await app.request(dashboard, { headers: { [SHARE_HEADER]: shareToken } }),
      await app.request('/trpc/auth.me'),
      await app.request(dashboard),
      await app.request(`/api/export/items.csv?states=MX-SIN`, { headers: { cookie: cookies['client'] as string } }),
      await app.request(`/api/export/items.csv?states=MX-XXX`, { headers: { cookie: cookies['client'] as string } }),
      await app.request(`/s/${shareToken}/export/observations.csv`),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 401, 200, 400, 200]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('says how long the SQL took to signed-in staff only: not to clients, anonymous callers or share links', async () => {
    const timing = async (headers: Record<string, string>) => (await app.request(dashboard, { headers })).headers.get('server-timing');
    for (const staff of ['admin', 'analyst', 'manager']) {
      expect(await timing({ cookie: cookies[staff] as string }), staff).toMatch(/^db;desc="SQL";dur=[\d.]+, app;dur=[\d.]+$/);
    }
    expect(await timing({ cookie: cookies['client'] as string })).toBeNull();
    expect(await timing({ [SHARE_HEADER]: shareToken })).toBeNull();
    expect(await timing({})).toBeNull();
    expect((await app.request(`/api/export/items.csv`, { headers: { cookie: cookies['client'] as string } })).headers.get('server-timing')).toBeNull();
    expect((await app.request(`/api/export/items.csv`, { headers: { cookie: cookies['analyst'] as string } })).headers.get('server-timing')).toMatch(/^db;/);
  });

  it('says it to everyone when the server is set to (SERVER_TIMING, for benchmarks)', async () => {
    const timed = createApp({ db: handle, queryTiming: new QueryTiming(), serverTiming: true, webDir: '/nonexistent' });
    expect((await timed.request(dashboard, { headers: { cookie: cookies['client'] as string } })).headers.get('server-timing')).toMatch(/^db;/);
    expect((await timed.request(dashboard, { headers: { [SHARE_HEADER]: shareToken } })).headers.get('server-timing')).toMatch(/^db;/);
  });

  it(`answers a batch of up to ${MAX_BATCH_CALLS} calls, and refuses a longer one with 400 before running any`, async () => {
    const cookie = cookies['client'] as string;
    const full = await app.request(batchUrl(dashboardCalls(MAX_BATCH_CALLS)), { headers: { cookie } });
    expect(full.status).toBe(200);
    expect((await full.json()) as unknown[]).toHaveLength(MAX_BATCH_CALLS);

    for (const calls of [MAX_BATCH_CALLS + 1, 100]) {
      const res = await app.request(batchUrl(dashboardCalls(calls)), { headers: { cookie } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await res.json()).toEqual({ error: { message: `A request may batch at most ${MAX_BATCH_CALLS} calls; this one has ${calls}.` } });
    }
    // The same batch as a POST, and with its commas percent-encoded, is refused alike.
    const post = await app.request(batchUrl(dashboardCalls(30)).split('?')[0] + '?batch=1', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(dashboardCalls(30).map(([, input], i) => [i, { json: input }]))),
    });
    expect(post.status).toBe(400);
    const encoded = await app.request(batchUrl(dashboardCalls(30)).replace(/,/g, '%2C'), { headers: { cookie } });
    expect(encoded.status).toBe(400);
  });
});
