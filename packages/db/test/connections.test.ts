import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb, isDatabaseUnavailable, runsStatementsInParallel, sql } from '../src/index.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

describe.each(testBackends())('statements issued at once on %s', (kind) => {
  it('run in parallel on a pool, one after another on PGlite and inside a transaction', async () => {
    const handle = await createTestDb(kind);
    try {
      expect(runsStatementsInParallel(handle.db)).toBe(kind === 'postgres');
      await handle.db.transaction().execute(async (trx) => {
        expect(runsStatementsInParallel(trx)).toBe(false);
      });
    } finally {
      await handle.close();
    }
  });
});

/** An address where no PostgreSQL listens: a port that was free a moment ago. */
async function nobodyListens(): Promise<string> {
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as AddressInfo;
      srv.close(() => resolve(p));
    });
  });
  return `postgres://atalaya:x@127.0.0.1:${port}/atalaya`;
}

describe.each(testBackends())('database errors on %s', (kind) => {
  it('tell a database that cannot be reached from a query that is wrong', async () => {
    const handle = await createTestDb(kind);
    const unreachable = await createDb({ databaseUrl: await nobodyListens(), poolSize: 1 });
    try {
      const refused = await sql`select 1`.execute(unreachable.db).then(() => null, (error: unknown) => error);
      expect(isDatabaseUnavailable(refused)).toBe(true);
      // A wrapper keeps it recognisable (tRPC and others put the original in `cause`).
      expect(isDatabaseUnavailable(new Error('procedure failed', { cause: refused }))).toBe(true);
      const wrong = await sql`select * from no_such_table`.execute(handle.db).then(() => null, (error: unknown) => error);
      expect(wrong).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(wrong)).toBe(false);
      const duplicate = await handle.db
        .insertInto('orgs')
        .values([{ slug: 'twice', name: 'A', kind: 'client' }, { slug: 'twice', name: 'B', kind: 'client' }])
        .execute()
        .then(() => null, (error: unknown) => error);
      expect(duplicate).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
    } finally {
      await Promise.all([handle.close(), unreachable.close()]);
    }
  });
});

describe.runIf(process.env['TEST_DATABASE_URL'])('PostgreSQL connections that end', () => {
  const serverUrl = process.env['TEST_DATABASE_URL'] as string;
  let name: string;
  let url: string;
  beforeAll(async () => {
    name = `atalaya_conn_${randomBytes(5).toString('hex')}`;
    url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    const admin = await createDb({ databaseUrl: serverUrl, poolSize: 1 });
    await sql.raw(`create database ${name}`).execute(admin.db);
    await admin.close();
    const setup = await createDb({ databaseUrl: url, poolSize: 1 });
    await sql`create table notes (body text)`.execute(setup.db);
    await setup.close();
  });
  afterAll(async () => {
    const admin = await createDb({ databaseUrl: serverUrl, poolSize: 1 });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
    await admin.close();
  });

  it('survives a connection killed while it is checked out: the error is reported, and the next query gets a new connection', async () => {
    const reported: Error[] = [];
    const handle = await createDb({ databaseUrl: url, poolSize: 1, onPoolError: (error) => reported.push(error) });
    const killer = await createDb({ databaseUrl: url, poolSize: 1 });
    try {
      const failed = await handle.db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          // Between two statements the connection is idle but still checked out: pg emits its error on the client.
          await sql`select pg_terminate_backend(${rows[0]?.pid})`.execute(killer.db);
          await vi.waitFor(() => expect(reported).not.toEqual([]), { timeout: 20_000 });
          await sql`insert into notes values ('lost')`.execute(trx);
        })
        .then(() => null, (error: unknown) => error);
      expect(isDatabaseUnavailable(failed)).toBe(true);
      expect(isDatabaseUnavailable(reported[0])).toBe(true);
      expect((await sql<{ n: number }>`select count(*)::int as n from notes`.execute(handle.db)).rows[0]?.n).toBe(0);
    } finally {
      await Promise.all([handle.close(), killer.close()]);
    }
  }, 60_000);

  it('closes with interrupt: the transactions running end at once and roll back', async () => {
    const handle = await createDb({ databaseUrl: url, poolSize: 2 });
    const observer = await createDb({ databaseUrl: url, poolSize: 1 });
    try {
      const running = handle.db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into notes values ('interrupted')`.execute(trx);
          await sql`select pg_sleep(600)`.execute(trx);
        })
        .then(() => null, (error: unknown) => error);
      const sleeping = sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and query = 'select pg_sleep(600)'`;
      await vi.waitFor(async () => expect((await sleeping.execute(observer.db)).rows[0]?.n).toBe(1), { timeout: 20_000 });
      await handle.close({ interrupt: true });
      expect(isDatabaseUnavailable(await running)).toBe(true);
      expect((await sql<{ n: number }>`select count(*)::int as n from notes where body = 'interrupted'`.execute(observer.db)).rows[0]?.n).toBe(0);
    } finally {
      await observer.close();
    }
  }, 60_000);
});
