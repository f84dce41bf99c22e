import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addUser, seedSynthetic, seedSyntheticPortfolio, syncCatalog } from '@atalaya/api';
import { createDb, migrateToLatest, sql, type Db, type DbConfig } from '@atalaya/db';

export type BackendName = 'pglite' | 'postgres';

export const BENCH_USER = { email: 'bench@atalaya.local', password: 'bench-password-1' };

export interface PreparedBackend {
  name: BackendName;
  items: number;
  observations: number;
  /** What the server needs to open the same database. */
  serverEnv: Record<string, string>;
  /** PGlite's data directory (the server opens it after the benchmark has closed it). */
  dataDir?: string;
  /** The latest item date in the synthetic archive: filters are relative to it. */
  lastDate: string;
  loadSeconds: number;
  open(options?: Pick<DbConfig, 'log'>): Promise<Db>;
  dispose(): Promise<void>;
}

function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database of the given kind, migrated and loaded with a synthetic archive, plus one admin to sign in with. */
export async function prepareBackend(
  name: BackendName,
  size: { items: number; observations: number; seed: number; clients: number },
): Promise<PreparedBackend> {
  let config: DbConfig;
  let serverEnv: Record<string, string>;
  let dataDir: string | undefined;
  let drop: () => Promise<void>;
  if (name === 'pglite') {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'atalaya-bench-'));
    config = { dataDir };
    serverEnv = {};
    const dir = dataDir;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const base = process.env['DATABASE_URL'];
    if (!base) throw new Error('DATABASE_URL is not set');
    const dbName = `atalaya_bench_${size.items}_${process.pid}`;
    const admin = await createDb({ databaseUrl: base, poolSize: 1 });
    await sql`drop database if exists ${sql.id(dbName)}`.execute(admin.db);
    await sql`create database ${sql.id(dbName)}`.execute(admin.db);
    await admin.close();
    config = { databaseUrl: databaseUrlFor(base, dbName) };
    serverEnv = { DATABASE_URL: config.databaseUrl as string };
    drop = async () => {
      const again = await createDb({ databaseUrl: base, poolSize: 1 });
      await sql`drop database if exists ${sql.id(dbName)} with (force)`.execute(again.db);
      await again.close();
    };
  }

  const started = performance.now();
  const db = await createDb(config);
  let lastDate: string;
  try {
    await migrateToLatest(db.db);
    await syncCatalog(db.db);
    let shown = 0;
    const loaded = await seedSynthetic(db.db, {
      items: size.items,
      observations: size.observations,
      seed: size.seed,
      onProgress: ({ items, observations }) => {
        const done = Math.floor(((items + observations) / (size.items + size.observations)) * 10);
        if (done > shown) {
          shown = done;
          process.stdout.write(`  loading ${done * 10}%\r`);
        }
      },
    });
    // Client organisations with 20 sites each and 10 years of ratings: the exposure and portfolio budgets.
    const portfolio = await seedSyntheticPortfolio(db.db, { orgs: size.clients, sitesPerOrg: 20, years: 10, seed: size.seed });
    console.log(`  loaded ${portfolio.orgs} client organisations, ${portfolio.sites} sites, ${portfolio.assessments} ratings`);
    await addUser(db.db, { ...BENCH_USER, role: 'admin' });
    // Fresh statistics, as autovacuum would have them on a live database.
    await sql`analyze`.execute(db.db);
    const row = await db.db.selectFrom('items').select(sql<string>`max(item_date)::text`.as('last')).executeTakeFirstOrThrow();
    lastDate = row.last;
    console.log(`  loaded ${loaded.editions} editions, ${loaded.items} items, ${loaded.observations} observations`);
  } finally {
    await db.close();
  }
  const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`  in ${loadSeconds} s`);

  return {
    name,
    ...size,
    serverEnv,
    ...(dataDir ? { dataDir } : {}),
    lastDate,
    loadSeconds,
    open: (options = {}) => createDb({ ...config, ...options }),
    dispose: drop,
  };
}
