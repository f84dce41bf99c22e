import { once } from 'node:events';
import { DEMO_PASSWORD, UNAVAILABLE_MESSAGE } from '@atalaya/api';
import { createDb, sql, type Db } from '@atalaya/db';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeNewsletter } from './support/large-newsletter.ts';
import { createDatabase, hasPostgresBinaries, runSql, startCluster, startStandby, type Cluster } from './support/pg-cluster.ts';
import { signInCookie } from './support/sign-in.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

const DASHBOARD = `/trpc/dashboard.get?input=${encodeURIComponent(JSON.stringify({ json: { filter: EMPTY_FILTER } }))}`;
const CLIENTS = 30;
// How long a condition may take to come true before the test gives up: generous, for a loaded 2-core machine.
const PATIENCE_MS = 120_000;

/** Waits until `check` holds, asking again every 100 ms; fails with `what` if it never does. */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/** `CLIENTS` clients asking for the dashboard again and again until stopped; every answer, and every failure to get one, is kept. */
function dashboardLoad(server: SpawnedServer, cookie: string) {
  const answers: Answer[] = [];
  const failures: string[] = [];
  let stopped = false;
  const client = async () => {
    while (!stopped) {
      try {
        const res = await fetch(`${server.url}${DASHBOARD}`, { headers: { cookie } });
        answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() });
        // Refused clients wait a little before asking again, as a client told to retry would.
        if (res.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        failures.push(String((error as Error).cause ?? error));
      }
    }
  };
  const running = Promise.all(Array.from({ length: CLIENTS }, client));
  return {
    answers,
    failures,
    ok: () => answers.filter((a) => a.status === 200).length,
    unavailable: () => answers.filter((a) => a.status === 503).length,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

const readiness = async (server: SpawnedServer) => {
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
};

/** A 503 as a client should get it: the retry hint, a plain message, and nothing of the server's insides. */
function expectCleanUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toMatch(/^\d+$/);
  expect(answer.body).toContain(UNAVAILABLE_MESSAGE);
  expect(answer.body).not.toMatch(/stack|node_modules|\.[cm]?[jt]s:\d|ECONN|select |terminat/i);
}

describe.skipIf(!hasPostgresBinaries && process.env['CI'] !== 'true')('PostgreSQL outages (a cluster of the test’s own)', () => {
  let primary: Cluster;
  let replica: Cluster | undefined;
  const databases: string[] = [];

  beforeAll(async () => {
    primary = await startCluster();
  });
  afterAll(async () => {
    await replica?.dispose();
    for (const name of databases) await runSql(primary.url, `drop database if exists ${name} with (force)`).catch(() => undefined);
    await primary?.dispose();
  });

  /** A server on a new database of the primary (and on the replica, when given), with the demo data. */
  async function serverOnNewDatabase(env: Record<string, string> = {}, withReplica?: Cluster): Promise<{ server: SpawnedServer; database: string }> {
    const database = await createDatabase(primary, 'atalaya_outage');
    databases.push(database);
    const server = await spawnServer({
      env: { DATABASE_URL: primary.urlOf(database), ...(withReplica ? { DATABASE_REPLICA_URL: withReplica.urlOf(database) } : {}), ...env },
    });
    return { server, database };
  }

  const signIn = (server: SpawnedServer, email: string) => signInCookie((p, init) => fetch(`${server.url}${p}`, init), server.url, email, DEMO_PASSWORD);

  /**
   * Runs the dashboard load while `database` restarts: the process lives through it, the requests it catches get a
   * clean 503, /readyz says so, and then everything answers as before by itself. The restart is a fast stop and a
   * start (what `pg_ctl restart -m fast` does), taken apart so that the test sees the outage between them.
   */
  async function checkLoadThroughOutage(server: SpawnedServer, database: Cluster, reason: string, extraChecksWhileDown?: (cookie: string) => Promise<void>) {
    const cookie = await signIn(server, 'client@atalaya.demo');
    const before = await fetch(`${server.url}${DASHBOARD}`, { headers: { cookie } });
    expect(before.status).toBe(200);
    const baseline = await before.text();

    const load = dashboardLoad(server, cookie);
    let down = false;
    try {
      await until(`${CLIENTS} dashboards answered before the outage`, () => load.ok() >= CLIENTS);
      down = true;
      await database.stop();
      await until('/readyz reporting the outage', async () => (await readiness(server)).status === 503);
      expect((await readiness(server)).body).toMatchObject({ ok: false, reason });
      const refusedBefore = load.unavailable();
      await until('dashboard requests refused during the outage', () => load.unavailable() > refusedBefore);
      await extraChecksWhileDown?.(cookie);

      await database.restart();
      down = false;
      await until('/readyz ready again', async () => (await readiness(server)).status === 200);
      const answeredBefore = load.ok();
      await until(`${CLIENTS} dashboards answered after the outage`, () => load.ok() >= answeredBefore + CLIENTS);
    } finally {
      await load.stop();
      // Whatever failed, the next test gets a running database.
      if (down) await database.restart();
    }

    expect([server.process.exitCode, server.process.signalCode], server.output()).toEqual([null, null]);
    // The server never dropped a connection or answered anything but the dashboard or a clean 503.
    expect(load.failures).toEqual([]);
    expect(load.answers.filter((a) => a.status !== 200 && a.status !== 503).map((a) => `${a.status} ${a.body.slice(0, 300)}`)).toEqual([]);
    for (const answer of load.answers.filter((a) => a.status === 503)) expectCleanUnavailable(answer);
    // Served as before, from the same data.
    const after = await fetch(`${server.url}${DASHBOARD}`, { headers: { cookie } });
    expect(after.status).toBe(200);
    expect(await after.text()).toBe(baseline);
  }

  it('lives through a restart of PostgreSQL under load: clean 503s while it is down, then serves as before', async () => {
    const { server } = await serverOnNewDatabase({ LOG_LEVEL: 'warn' });
    try {
      await checkLoadThroughOutage(server, primary, 'The database is not reachable', async (cookie) => {
        // Plain HTTP routes (exports) say the same as tRPC.
        const res = await fetch(`${server.url}/api/export/items.csv`, { headers: { cookie } });
        expectCleanUnavailable({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() });
      });
      // The primary takes writes again.
      const cookie = await signIn(server, 'client@atalaya.demo');
      const saved = await fetch(`${server.url}/trpc/views.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, cookie },
        body: JSON.stringify({ json: { name: 'After the restart', filter: EMPTY_FILTER } }),
      });
      expect(saved.status).toBe(200);
    } finally {
      await server.dispose();
    }
  });

  it('lives through a restart of the read replica under load: clean 503s while it is down, then serves as before', async () => {
    const standby = await startStandby(primary);
    replica = standby;
    const { server, database } = await serverOnNewDatabase({ LOG_LEVEL: 'warn' }, standby);
    try {
      // The replica has replayed everything the server wrote while starting (migrations, demo data).
      const [{ lsn }] = (await runSql(primary.urlOf(database), 'select pg_current_wal_lsn()::text as lsn')) as [{ lsn: string }];
      await until('the replica caught up', async () => {
        const [row] = await runSql(standby.urlOf(database), `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as done`);
        return row?.['done'] === true;
      });
      await checkLoadThroughOutage(server, standby, 'The read replica is not reachable');
    } finally {
      await server.dispose();
    }
  });

  /**
   * Starts a large import and holds it inside its transaction, its edition written and its audit entry waiting
   * (the test locks the audit log), then sends SIGTERM. The lock is released once `whileHeld` has seen the server
   * react to the signal. Returns the client's reply (or its failure to get one), the exit code, and what the
   * database kept.
   */
  async function sigtermDuringImport(graceSeconds: number, whileHeld: (server: SpawnedServer) => Promise<void>) {
    const { server, database } = await serverOnNewDatabase({ SHUTDOWN_GRACE_SECONDS: String(graceSeconds) });
    let locker: Db | undefined;
    try {
      const cookie = await signIn(server, 'analyst@atalaya.demo');
      const db = await createDb({ databaseUrl: primary.urlOf(database), poolSize: 2 });
      locker = db;
      const lock = await db.db.startTransaction().execute();
      await sql`lock table audit_log in exclusive mode`.execute(lock);

      const form = new FormData();
      form.append('file', new File([largeNewsletter(400, 'Shutdown')], 'large-import.txt'));
      const reply = fetch(`${server.url}/api/ingest`, { method: 'POST', body: form, headers: { cookie, origin: server.url } }).then(
        async (res) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() }),
        (error: unknown) => ({ status: 0, retryAfter: null, body: `no reply: ${String((error as Error).cause ?? error)}` }),
      );
      const waitingForAudit = sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "audit_log"%'`;
      await until('the import waiting to write its audit entry', async () => ((await waitingForAudit.execute(db.db)).rows[0]?.n ?? 0) > 0);

      server.process.kill('SIGTERM');
      await whileHeld(server);
      await lock.rollback().execute();
      const answer = await reply;
      const [code] = server.process.exitCode === null ? ((await once(server.process, 'exit')) as [number | null]) : [server.process.exitCode];

      const editions = await db.db.selectFrom('editions').select('id').where('source_name', '=', 'large-import.txt').execute();
      const entries = await db.db.selectFrom('audit_log').select(['entity_id']).where('action', '=', 'edition.import').execute();
      const shutdownSteps = server
        .output()
        .split('\n')
        .filter((line) => line.includes('"shutdown: '))
        .map((line) => (JSON.parse(line) as { msg: string }).msg);
      return { answer, code, editions: editions.map((e) => String(e.id)), audited: entries.map((e) => e.entity_id), shutdownSteps, output: server.output() };
    } finally {
      await locker?.close();
      await server.dispose();
    }
  }

  it('SIGTERM during a large import on PostgreSQL: stops accepting, finishes the import, then answers it in full', async () => {
    const result = await sigtermDuringImport(120, async (server) => {
      // Draining: no new connection is accepted while the import is still running.
      await until('new connections refused', () => fetch(`${server.url}/healthz`).then(() => false, () => true));
    });
    expect(result.answer.status, result.output).toBe(201);
    expect(JSON.parse(result.answer.body)).toMatchObject({ kind: 'created', items: 400 });
    expect(result.code).toBe(0);
    // The edition and its audit entry, together.
    expect(result.editions).toHaveLength(1);
    expect(result.audited).toEqual(result.editions);
    expect(result.shutdownSteps).toContain('shutdown: every request answered');
  });

  it('SIGTERM during a large import that outlasts the grace period: a clean 503, and neither the edition nor its audit entry', async () => {
    const result = await sigtermDuringImport(0, async (server) => {
      // Released only once the server has given up on the import: before, it could still finish in time.
      await until('the grace period over', () => server.output().includes('shutdown: grace period over'));
    });
    expectCleanUnavailable(result.answer);
    expect(result.code, result.output).toBe(0);
    expect(result.editions).toEqual([]);
    expect(result.audited).toEqual([]);
    expect(result.shutdownSteps).toContain('shutdown: grace period over; interrupting the requests still running');
  });
});
