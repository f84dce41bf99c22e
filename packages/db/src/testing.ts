import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createDb, openPglite, wrapPglite, type Db, type DbConfig, type DbKind } from './create-db.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * The backends a database test runs against: PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL points at a server where the user may create databases (CI sets it).
 */
export function testBackends(): DbKind[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<Blob | File> | undefined;

/** A dump of a migrated PGlite, made once per test file. (PGlite's own clone() drops the type parsers.) */
async function pgliteTemplate(): Promise<Blob | File> {
  template ??= (async () => {
    const handle = wrapPglite(await openPglite(undefined));
    await migrateToLatest(handle.db);
    const dump = await (handle.pglite as PGlite).dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return template;
}

/** A fresh, migrated, empty database: a clone of a migrated PGlite template, or a new PostgreSQL database. */
export async function createTestDb(kind: DbKind = 'pglite', options: { migrate?: boolean; log?: DbConfig['log'] } = {}): Promise<Db> {
  const migrate = options.migrate ?? true;
  if (kind === 'pglite') {
    if (!migrate) return createDb({ memory: true, log: options.log });
    return wrapPglite(await openPglite(undefined, await pgliteTemplate()), options.log);
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL server to test against');
  const name = `atalaya_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: url.toString(), poolSize: 4, log: options.log });
  if (migrate) await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      try {
        await drop.query(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}
