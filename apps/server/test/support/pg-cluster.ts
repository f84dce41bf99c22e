import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createDb, sql } from '@atalaya/db';
import { freePort } from './spawn-server.ts';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../scripts/pg-throwaway.sh');
const SERVER_BINARIES = '/usr/lib/postgresql';

/** Whether the PostgreSQL server binaries that scripts/pg-throwaway.sh runs are installed. */
export const hasPostgresBinaries = existsSync(SERVER_BINARIES) && readdirSync(SERVER_BINARIES).length > 0;

/** A PostgreSQL cluster of the test's own, which it may stop and restart (scripts/pg-throwaway.sh). */
export interface Cluster {
  /** The connection URL of its `postgres` database. */
  url: string;
  dir: string;
  /** The URL of one of its databases. */
  urlOf(database: string): string;
  /** A fast shutdown: running sessions are terminated. */
  stop(): Promise<void>;
  /** A fast restart that keeps the data; starts a stopped cluster again. */
  restart(): Promise<void>;
  /** Stops the cluster and removes its files. */
  dispose(): Promise<void>;
}

// Asynchronous, so that the test's own clients keep running while the cluster stops and starts.
const run = promisify(execFile);

async function script(args: string[], port?: number): Promise<string> {
  const env = { ...process.env, ...(port === undefined ? {} : { PGPORT_TEST: String(port) }) };
  const { stdout } = await run('bash', [SCRIPT, ...args], { env, encoding: 'utf8' });
  return stdout.trim().split('\n').at(-1) ?? '';
}

async function cluster(args: (dir: string) => string[]): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atalaya-pg-'));
  let url: string;
  try {
    url = await script(args(dir), await freePort());
  } catch (error) {
    await script(['stop', dir]);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dir,
    urlOf: (database) => Object.assign(new URL(url), { pathname: `/${database}` }).toString(),
    stop: async () => void (await script(['stop', dir])),
    restart: async () => void (await script(['restart', dir])),
    async dispose() {
      await script(['stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new throwaway cluster on a free loopback port. */
export function startCluster(): Promise<Cluster> {
  return cluster((dir) => ['start', dir]);
}

/** A streaming hot standby of `primary` (a read replica), on a free loopback port. */
export function startStandby(primary: Cluster): Promise<Cluster> {
  return cluster((dir) => ['standby', dir, primary.dir]);
}

/** Runs one statement on a database of the cluster. */
export async function runSql(url: string, statement: string): Promise<Array<Record<string, unknown>>> {
  const conn = await createDb({ databaseUrl: url, poolSize: 1 });
  try {
    return (await sql.raw<Record<string, unknown>>(statement).execute(conn.db)).rows;
  } finally {
    await conn.close();
  }
}

/** A new, empty database on the cluster; returns its name. */
export async function createDatabase(primary: Cluster, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await runSql(primary.url, `create database ${name}`);
  return name;
}
