import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, loadDemo } from '@atalaya/api';
import { createDb, QueryTiming, sql, type Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { memoryLog, type LogEntry } from './support/memory-log.ts';
import { signInCookie } from './support/sign-in.ts';
import { freePort, spawnServer, type SpawnedServer } from './support/spawn-server.ts';


const webDir = mkdtempSync(path.join(tmpdir(), 'atalaya-ops-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Atalaya</title><div id="root"></div>');
afterAll(() => rmSync(webDir, { recursive: true, force: true }));

/** A database handle whose every query fails: a closed PGlite. */
async function unreachableDb(): Promise<Db> {
  const handle = await createTestDb('pglite');
  await handle.close();
  return handle;
}

const trpcJson = async <T>(res: Response): Promise<T> => ((await res.json()) as { result: { data: { json: T } } }).result.data.json;

describe('request logs', () => {
  let handle: Db;
  const log = memoryLog();
  let app: ReturnType<typeof createApp>;
  const request = (p: string, init?: RequestInit) => app.request(p, init);

  beforeAll(async () => {
    handle = await createTestDb('pglite');
    await loadDemo(handle.db);
    app = createApp({ db: handle, webDir, logger: log.logger });
  });
  afterAll(() => handle.close());

  it('writes one JSON line per request with its id, method, path, status and duration, and no query string', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { filter: { ...EMPTY_FILTER, q: 'confidential-search-term' } } }));
    const res = await request(`/trpc/items.list?input=${input}`, { headers: { 'x-request-id': 'ops-log-1' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe('ops-log-1');
    const lines = log.entries().filter((e) => e.requestId === 'ops-log-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/trpc/items.list', status: 401, durationMs: expect.any(Number) });
    expect(log.text()).not.toContain('confidential-search-term');
  });

  it('reports the time each request spent in SQL, in a Server-Timing header and in its log line', async () => {
    const queryTiming = new QueryTiming();
    const timed = await createTestDb('pglite', { log: queryTiming.log });
    try {
      await loadDemo(timed.db);
      const timedLog = memoryLog();
      const timedApp = createApp({ db: timed, queryTiming, webDir, logger: timedLog.logger });
      const cookie = await signInCookie((p, init) => timedApp.request(p, init), 'http://localhost', 'admin@atalaya.demo', DEMO_PASSWORD);
      const input = encodeURIComponent(JSON.stringify({ json: { filter: EMPTY_FILTER } }));
      const res = await timedApp.request(`/trpc/dashboard.get?input=${input}`, { headers: { cookie, 'x-request-id': 'ops-timing' } });
      expect(res.status).toBe(200);
      const header = res.headers.get('server-timing') ?? '';
      const sqlMs = Number(/db;desc="SQL";dur=([\d.]+)/.exec(header)?.[1]);
      const appMs = Number(/app;dur=([\d.]+)/.exec(header)?.[1]);
      expect(sqlMs).toBeGreaterThan(0);
      expect(sqlMs).toBeLessThanOrEqual(appMs + 0.1);
      const [line] = timedLog.entries().filter((e) => e.requestId === 'ops-timing');
      // The session, the snapshot and the dashboard's own queries.
      expect(line).toMatchObject({ dbMs: expect.any(Number), queries: expect.any(Number) });
      expect(line?.['queries']).toBeGreaterThan(5);
      // Only staff are told: an anonymous probe is not, unless the server is set to tell everyone (SERVER_TIMING).
      const health = await timedApp.request('/healthz', { headers: { 'x-request-id': 'ops-timing-health' } });
      expect(health.headers.get('server-timing')).toBeNull();
      const toEveryone = createApp({ db: timed, queryTiming, serverTiming: true, webDir });
      // A request that reads nothing from the database reports no SQL.
      expect((await toEveryone.request('/healthz')).headers.get('server-timing')).toMatch(/^db;desc="SQL";dur=0\.0, app;dur=/);
    } finally {
      await timed.close();
    }
  });

  it('never logs a share link token, on the page or in API calls made under the link', async () => {
    const origin = 'http://localhost';
    const cookie = await signInCookie(request, origin, 'manager@atalaya.demo', DEMO_PASSWORD);
    const views = await trpcJson<Array<{ id: number; name: string }>>(await request('/trpc/views.list', { headers: { cookie } }));
    const viewId = views.find((v) => v.name === 'Northern corridor')?.id;
    const shared = await request('/trpc/views.share', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ json: { viewId, expiresInDays: 1 } }),
    });
    const { token, path: sharePath } = await trpcJson<{ token: string; path: string }>(shared);
    expect(sharePath).toContain(token);

    const page = await request(`${sharePath}?from=newsletter`, { headers: { 'x-request-id': 'ops-share-page' } });
    expect(page.status).toBe(200);
    const info = await request('/trpc/share.info', { headers: { 'x-atalaya-share': token } });
    expect(info.status).toBe(200);
    const gone = await request(`/s/${'Z'.repeat(43)}`, { headers: { 'x-request-id': 'ops-share-gone' } });
    expect(gone.status).toBe(410);

    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('Z'.repeat(43));
    expect(log.entries().find((e) => e.requestId === 'ops-share-page')).toMatchObject({ path: '/s/[token]', status: 200 });
    expect(log.entries().find((e) => e.requestId === 'ops-share-gone')).toMatchObject({ path: '/s/[token]', status: 410 });
  });

  it('logs an unexpected error with the request id the client was given', async () => {
    const broken = createApp({ db: await unreachableDb(), webDir, logger: log.logger });
    const page = await broken.request(`/s/${'Q'.repeat(43)}`, { headers: { 'x-request-id': 'ops-err-page' } });
    expect(page.status).toBe(500);
    expect(await page.text()).not.toMatch(/closed|stack/i);
    const signIn = await broken.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-err-trpc' },
      body: JSON.stringify({ json: { email: 'client@atalaya.demo', password: DEMO_PASSWORD } }),
    });
    expect(signIn.status).toBe(500);

    const pageLines = log.entries().filter((e) => e.requestId === 'ops-err-page');
    expect(pageLines.map((e) => [e.level, e.msg])).toEqual([
      ['error', 'request failed'],
      ['error', 'request'],
    ]);
    expect(pageLines[0]?.['err']).toMatchObject({ message: expect.any(String), stack: expect.any(String) });
    const trpcLines = log.entries().filter((e) => e.requestId === 'ops-err-trpc');
    expect(trpcLines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'procedure failed', procedure: 'auth.signIn' }));
    expect(log.text()).not.toContain('Q'.repeat(43));
    expect(log.text()).not.toContain(DEMO_PASSWORD);
  });
});

describe('health and readiness', () => {
  const probe = async (app: ReturnType<typeof createApp>, url: string) => {
    const res = await app.request(url);
    return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string; migrations?: { pending: string[] } } };
  };

  describe.each(testBackends())('on %s', (kind) => {
    it('is ready with every migration applied, and not while migrations are pending', async () => {
      const current = await createTestDb(kind);
      const behind = await createTestDb(kind, { migrate: false });
      try {
        expect(await probe(createApp({ db: current, webDir }), '/readyz')).toMatchObject({ status: 200, body: { ok: true, migrations: { pending: [] } } });
        const pending = await probe(createApp({ db: behind, webDir }), '/readyz');
        expect(pending).toMatchObject({ status: 503, body: { ok: false, reason: 'Migrations are pending' } });
        expect(pending.body.migrations?.pending.length).toBeGreaterThan(0);
      } finally {
        await Promise.all([current.close(), behind.close()]);
      }
    });
  });

  it('is alive but not ready when the database cannot be reached', async () => {
    const nobodyListens = await createDb({ databaseUrl: `postgres://atalaya:x@127.0.0.1:${await freePort()}/atalaya`, poolSize: 1 });
    try {
      for (const db of [await unreachableDb(), nobodyListens]) {
        const app = createApp({ db, webDir });
        expect(await probe(app, '/healthz')).toEqual({ status: 200, body: { ok: true } });
        expect(await probe(app, '/readyz')).toMatchObject({ status: 503, body: { ok: false, reason: 'The database is not reachable' } });
      }
    } finally {
      await nobodyListens.close();
    }
  });

  it('answers 503 with a retry hint while the database cannot be reached, in tRPC and plain routes alike', async () => {
    const nobodyListens = await createDb({ databaseUrl: `postgres://atalaya:x@127.0.0.1:${await freePort()}/atalaya`, poolSize: 1 });
    const log = memoryLog();
    try {
      const app = createApp({ db: nobodyListens, webDir, logger: log.logger });
      const cookie = 'atalaya_session=some-session';
      const input = encodeURIComponent(JSON.stringify({ json: { filter: EMPTY_FILTER } }));
      const signIn = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ json: { email: 'client@atalaya.demo', password: DEMO_PASSWORD } }) };
      // The session looked up before any procedure runs, a procedure's own query, a plain Hono route.
      for (const [p, init] of [[`/trpc/dashboard.get?input=${input}`, { headers: { cookie } }], ['/trpc/auth.signIn', signIn], ['/api/export/items.csv', { headers: { cookie } }]] as const) {
        const res = await app.request(p, init);
        expect(res.status, p).toBe(503);
        expect(res.headers.get('retry-after'), p).toMatch(/^\d+$/);
        const body = await res.text();
        expect(body, p).toContain('The database is not reachable right now');
        expect(body, p).not.toMatch(/ECONNREFUSED|stack|node_modules/);
      }
      // Logged as the database being away, not as a failure of the server.
      expect(log.entries().filter((e) => e.msg === 'database unavailable')).toHaveLength(3);
      expect(log.entries().filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      await nobodyListens.close();
    }
  });

  it('is not ready when the read replica cannot be reached, or while shutting down', async () => {
    const primary = await createTestDb('pglite');
    try {
      const replicaDown = createApp({ db: { ...primary, read: (await unreachableDb()).db }, webDir });
      expect(await probe(replicaDown, '/readyz')).toMatchObject({ status: 503, body: { reason: 'The read replica is not reachable' } });
      const draining = createApp({ db: primary, webDir, isDraining: () => true });
      expect(await probe(draining, '/readyz')).toMatchObject({ status: 503, body: { reason: 'The server is shutting down' } });
      expect(await probe(draining, '/healthz')).toMatchObject({ status: 200 });
    } finally {
      await primary.close();
    }
  });
});

/**
 * Eight clients save views one after another; once 20 are saved the server gets SIGTERM.
 * Returns the views whose save was answered with success, how many of them were before the signal, and the server errors seen.
 */
async function burstThenSigterm(server: SpawnedServer, cookie: string): Promise<{ acknowledged: string[]; atSignal: number; serverErrors: number }> {
  const acknowledged: string[] = [];
  let atSignal = 0;
  let serverErrors = 0;
  let signalled = false;
  const client = async (n: number) => {
    for (let i = 0; i < 60; i++) {
      const name = `Burst ${n}-${i}`;
      try {
        const res = await fetch(`${server.url}/trpc/views.create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.url, cookie },
          body: JSON.stringify({ json: { name, filter: EMPTY_FILTER } }),
        });
        await res.arrayBuffer();
        if (res.status >= 500) serverErrors++;
        if (res.status !== 200) return;
        acknowledged.push(name);
      } catch {
        return; // refused or cut: never acknowledged
      }
      if (!signalled && acknowledged.length >= 20) {
        signalled = true;
        atSignal = acknowledged.length;
        server.process.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
  return { acknowledged, atSignal, serverErrors };
}

/** Signs in as the demo client, saves views in a burst cut by SIGTERM, restarts, and checks every acknowledged view is there. */
async function checkShutdownKeepsWrites(env: Record<string, string> = {}) {
  const first = await spawnServer({ env });
  let again: SpawnedServer | undefined;
  try {
    const signIn = (s: SpawnedServer) => signInCookie((p, init) => fetch(`${s.url}${p}`, init), s.url, 'client@atalaya.demo', DEMO_PASSWORD);
    const { acknowledged, atSignal, serverErrors } = await burstThenSigterm(first, await signIn(first));
    const [code] = first.process.exitCode === null ? ((await once(first.process, 'exit')) as [number | null]) : [first.process.exitCode];
    expect(code, first.output()).toBe(0);
    expect(first.output()).toContain(`(database: ${env['DATABASE_URL'] ? 'postgres' : 'pglite'})`);
    // The saves in flight when the signal came were answered, and none of them with a server error.
    expect(atSignal).toBe(20);
    expect(acknowledged.length).toBeGreaterThan(atSignal);
    expect(serverErrors).toBe(0);
    const steps = first
      .output()
      .split('\n')
      .filter((line) => line.includes('"shutdown: '))
      .map((line) => (JSON.parse(line) as LogEntry).msg);
    expect(steps).toEqual([
      'shutdown: SIGTERM received',
      'shutdown: not accepting new connections; finishing the requests in flight',
      'shutdown: every request answered',
      'shutdown: database closed',
      'shutdown: done',
    ]);

    again = await spawnServer({ dataDir: first.dataDir, env });
    const views = await trpcJson<Array<{ name: string }>>(await fetch(`${again.url}/trpc/views.list`, { headers: { cookie: await signIn(again) } }));
    const saved = new Set(views.map((v) => v.name));
    expect(acknowledged.filter((name) => !saved.has(name))).toEqual([]);
  } finally {
    await again?.stop();
    await first.dispose();
  }
}

describe('graceful shutdown', () => {
  it('loses no acknowledged write when SIGTERM arrives during a burst of writes (PGlite)', async () => {
    await checkShutdownKeepsWrites();
  });

  it.runIf(process.env['TEST_DATABASE_URL'])('loses no acknowledged write when SIGTERM arrives during a burst of writes (PostgreSQL)', async () => {
    const serverUrl = process.env['TEST_DATABASE_URL'] as string;
    const name = `atalaya_shutdown_${randomBytes(5).toString('hex')}`;
    const admin = await createDb({ databaseUrl: serverUrl, poolSize: 1 });
    await sql.raw(`create database ${name}`).execute(admin.db);
    try {
      await checkShutdownKeepsWrites({ DATABASE_URL: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString() });
    } finally {
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
      await admin.close();
    }
  });
});
