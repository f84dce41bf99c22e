import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type LogConfig } from 'kysely';
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
  /** pg pool size (per pool: the replica gets its own). */
  poolSize?: number | undefined;
  /** A read-only PostgreSQL replica for queries that only read; used only with databaseUrl. */
  replicaUrl?: string | undefined;
  /** Where errors of idle pooled connections go (default: console.error). */
  onPoolError?: ((error: Error) => void) | undefined;
  /** Kysely's query log (benchmarks time each query's SQL with it). */
  log?: LogConfig | undefined;
}

export interface Db {
  /** The primary: every write, and reads that must see the latest writes. */
  readonly db: Kysely<Database>;
  /** The read replica when one is configured, otherwise the primary itself. */
  readonly read: Kysely<Database>;
  readonly kind: DbKind;
  /**
   * Closes the pool or the embedded database, flushing PGlite to disk. It waits for the statements running;
   * with `interrupt` (PostgreSQL only) it ends the connections in use instead, so their open transactions roll
   * back and the requests that held them fail with a connection error.
   */
  close(options?: { interrupt?: boolean }): Promise<void>;
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

// Handles whose statements run one after another whatever the caller does: PGlite has one connection.
const singleConnection = new WeakSet<Kysely<Database>>();

/**
 * Whether statements issued at once on this handle run at the same time: on a PostgreSQL pool, yes; on
 * PGlite or inside a transaction (one connection), no. Queries split for parallelism should then be joined.
 */
export function runsStatementsInParallel(db: Kysely<Database>): boolean {
  return !db.isTransaction && !singleConnection.has(db);
}

/** Wraps an open PGlite instance in a Kysely handle. */
export function wrapPglite(pglite: PGlite, log?: LogConfig): Db {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), ...(log ? { log } : {}) });
  singleConnection.add(db);
  return {
    db,
    read: db,
    kind: 'pglite',
    pglite,
    // Kysely's driver closes PGlite on destroy only if a query ever ran; an unused handle must close it too.
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** PostgreSQL when `databaseUrl` is set (reads on `replicaUrl` when given), otherwise PGlite persisted under `dataDir`. */
export async function createDb(config: DbConfig = {}): Promise<Db> {
  if (config.databaseUrl) {
    let closing = false;
    let interrupted = false;
    const onPoolError = config.onPoolError ?? ((error: Error) => console.error(`PostgreSQL connection error: ${error.message}`));
    // Clients handed out and not yet given back: those an interrupting close ends.
    const inUse = new Set<pg.PoolClient>();
    const connect = (connectionString: string) => {
      const pool = new pg.Pool({ connectionString, max: config.poolSize ?? 10, types: pgTypes });
      // A client's error (the server restarting, a connection killed) would otherwise crash the process: pg emits
      // it on the client itself while it is checked out, and on the pool while it is idle. The query that was
      // running, if any, fails with it as well; the pool drops the broken client and opens a new one when needed.
      pool.on('connect', (client) => {
        client.on('error', (error: Error & { code?: string }) => {
          if (closing && error.code === '57P01') return;
          onPoolError(error);
        });
      });
      // The client's own listener above has reported it.
      pool.on('error', () => undefined);
      pool.on('acquire', (client) => {
        inUse.add(client);
        // A connection handed out while an interrupting close is under way is ended too.
        if (interrupted) void client.end().catch(() => undefined);
      });
      pool.on('release', (_error: Error | undefined, client: pg.PoolClient) => void inUse.delete(client));
      return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(config.log ? { log: config.log } : {}) });
    };
    const db = connect(config.databaseUrl);
    const read = config.replicaUrl ? connect(config.replicaUrl) : db;
    return {
      db,
      read,
      kind: 'postgres',
      close: async (options = {}) => {
        closing = true;
        const ended = Promise.all([db.destroy(), read === db ? undefined : read.destroy()]);
        if (options.interrupt) {
          interrupted = true;
          // pg ends a client with a running statement by closing its socket: the statement fails at once, and the
          // server rolls its transaction back.
          for (const client of inUse) void client.end().catch(() => undefined);
        }
        await ended;
      },
    };
  }
  const dir = config.memory ? undefined : path.resolve(config.dataDir ?? './data', 'pglite');
  return wrapPglite(await openPglite(dir), config.log);
}
