import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DbKind = 'pglite' | 'postgres';

export interface DbConfig {
  /** PostgreSQL connection string; when absent, an embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (default ./data). Ignored with databaseUrl. */
  dataDir?: string | undefined;
  /** Keep PGlite in memory (tests, benchmarks). */
  memory?: boolean | undefined;
  /** pg pool size. */
  poolSize?: number | undefined;
}

export interface Db {
  readonly db: Kysely<Database>;
  readonly kind: DbKind;
  /** Closes the pool or the embedded database, flushing PGlite to disk. */
  close(): Promise<void>;
  /** PGlite only: the underlying instance (used to clone migrated templates in tests). */
  readonly pglite?: PGlite;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift them by the server's time zone.
const identity = (v: string) => v;
const toNumber = (v: string) => Number(v);

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return identity;
    if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const pgliteParsers = { [DATE_OID]: identity, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber };

/** Opens PGlite at a data directory, in memory, or in memory from a dump (`loadDataDir`). */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob | File): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create({ parsers: pgliteParsers, ...(loadDataDir ? { loadDataDir } : {}) });
  mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir, { parsers: pgliteParsers });
}

/** Wraps an open PGlite instance in a Kysely handle. */
export function wrapPglite(pglite: PGlite): Db {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    // Kysely's PGlite driver closes the instance on destroy.
    close: () => db.destroy(),
  };
}

/** PostgreSQL when `databaseUrl` is set, otherwise PGlite persisted under `dataDir`. */
export async function createDb(config: DbConfig = {}): Promise<Db> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.poolSize ?? 10,
      types: pgTypes,
    });
    let closing = false;
    // An idle client's error (the server restarting, a connection killed) would otherwise crash the process;
    // the pool drops that client and opens a new one for the next query.
    pool.on('error', (error: Error & { code?: string }) => {
      if (closing && error.code === '57P01') return;
      console.error(`PostgreSQL connection error: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      close: () => {
        closing = true;
        return db.destroy();
      },
    };
  }
  const dir = config.memory ? undefined : path.resolve(config.dataDir ?? './data', 'pglite');
  return wrapPglite(await openPglite(dir));
}
