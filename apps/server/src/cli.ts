#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createUser, DomainError, importParsed, loadDemo, seedSynthetic, storeAdvisory, syncCatalog, type DocumentUpload } from '@atalaya/api';
import { toIngestJson, type ParsedEdition } from '@atalaya/ingest';
import { MAX_UPLOAD_BYTES } from './ingest-route.ts';
import { createDb, migrateToLatest, MigrationError, type Db } from '@atalaya/db';
import { describeProblem, readTravelAdvisory } from '@atalaya/stats';
import { EnvError, parserOptions, readEnv, type Env } from './env.ts';
import { createLogger } from './log.ts';
import { createDocumentParser } from './parse/document-parser.ts';
import { startServer } from './server.ts';

const USAGE = `Usage: atalaya <command> [options]

Commands:
  migrate                       apply pending database migrations
  seed --demo                   load the demo dataset into an empty database
  seed --synthetic --items N --observations M [--seed S]
                                load a deterministic synthetic archive (load tests, benchmarks)
  serve [--port N]              migrate, load demo data into an empty database, and serve
  ingest FILE... [--dry-run] [--json]
                                import newsletter documents as draft editions
                                (--dry-run: parse only; --json: machine-readable output)
  user add --email E --password P --role R [--org O] [--name N]
                                add a user (roles: admin, analyst, account_manager, client)
  import-advisory FILE [--dry-run]
                                load a vintage of the US travel advisory by state (CSV)

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, DATABASE_REPLICA_URL, ATALAYA_DEMO, ATALAYA_ADMIN_EMAIL,
ATALAYA_ADMIN_PASSWORD, LOG_LEVEL, SHUTDOWN_GRACE_SECONDS, PARSE_*, SERVER_TIMING (see infra/README.md)`;

/** A mistake in how the command was called: usage goes to stderr, exit code 2. */
class UsageError extends Error {}

async function withDb<T>(env: Env, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function migrate(env: Env, args: string[]) {
  parse(args, {});
  const applied = await withDb(env, (db) => migrateToLatest(db.db));
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
}

/** A whole number ≥ 0 given as `--name N`. */
function countOption(name: string, raw: string | undefined): number {
  if (raw === undefined) throw new UsageError(`seed --synthetic needs --${name} N`);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number ≥ 0, not "${raw}"`);
  return n;
}

async function seedSyntheticData(env: Env, values: Record<string, unknown>) {
  const str = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const items = countOption('items', str('items'));
  const observations = countOption('observations', str('observations'));
  const seed = str('seed') === undefined ? undefined : countOption('seed', str('seed'));
  const started = performance.now();
  const total = `${items.toLocaleString('en-US')} items, ${observations.toLocaleString('en-US')} observations`;
  let shown = 0;
  const result = await withDb(env, async (db) => {
    await migrateToLatest(db.db);
    return seedSynthetic(db.db, {
      items,
      observations,
      ...(seed === undefined ? {} : { seed }),
      onProgress: (done) => {
        // One line rewritten in a terminal; otherwise at most a line a second.
        const now = performance.now();
        if (!process.stderr.isTTY && now - shown < 1000) return;
        shown = now;
        const line = `Seeding: ${done.items.toLocaleString('en-US')} items, ${done.observations.toLocaleString('en-US')} observations of ${total}`;
        process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
      },
    });
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Loaded synthetic data: ${result.editions} editions, ${result.items} items, ${result.observations} observations in ${seconds} s.`);
}

async function seed(env: Env, args: string[]) {
  const { values } = parse(args, {
    demo: { type: 'boolean' },
    synthetic: { type: 'boolean' },
    items: { type: 'string' },
    observations: { type: 'string' },
    seed: { type: 'string' },
  });
  if (values['demo'] && values['synthetic']) throw new UsageError('seed takes --demo or --synthetic, not both');
  if (values['synthetic']) return seedSyntheticData(env, values);
  if (!values['demo']) throw new UsageError('seed needs --demo or --synthetic');
  const extra = ['items', 'observations', 'seed'].find((name) => values[name] !== undefined);
  if (extra) throw new UsageError(`--${extra} goes with seed --synthetic`);
  await withDb(env, async (db) => {
    await migrateToLatest(db.db);
    await syncCatalog(db.db);
    const result = await loadDemo(db.db);
    console.log(
      result.loaded
        ? `Loaded demo data: ${result.editions} editions, ${result.items} items, ${result.observations} observations, ${result.ratings} risk ratings.`
        : 'The database already has editions; demo data was not loaded.',
    );
  });
}

/** Serves until SIGTERM or SIGINT, logging JSON lines on stdout; a second SIGINT exits at once. */
async function serveCommand(env: Env, args: string[]) {
  const { values } = parse(args, { port: { type: 'string' } });
  const port = values['port'];
  const config = port === undefined ? env : readEnv({ ...process.env, PORT: String(port) });
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, 'could not start');
    throw error;
  });
  // Scripts and operators wait for this line, so it is written whatever LOG_LEVEL says.
  logger
    .child({}, { level: 'info' })
    .info({ url: server.url, db: server.db.kind, readReplica: server.db.read !== server.db.db }, `Atalaya is serving on ${server.url} (database: ${server.db.kind})`);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C is a person who will not wait; orchestrators repeating SIGTERM are simply told to be patient.
      if (signal === 'SIGINT') {
        logger.warn({ signal }, 'shutdown: second SIGINT; exiting without waiting');
        process.exit(1);
      }
      logger.info({ signal }, 'shutdown: already under way');
      return;
    }
    stopping = true;
    logger.info({ signal }, `shutdown: ${signal} received`);
    // The last resort when a request or the database never lets go.
    setTimeout(() => {
      logger.error('shutdown: still not done after the grace period and 10 s more; exiting');
      process.exit(1);
    }, (config.SHUTDOWN_GRACE_SECONDS + 10) * 1000).unref();
    server.stop().then(
      () => {
        logger.info('shutdown: done');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown: failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function ingest(env: Env, args: string[]) {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE');
  const uploads = await Promise.all(positionals.map(readUpload));
  // The server's limits, one document at a time. The worker's own chatter (PDF warnings) never reaches
  // stdout, which holds exactly one JSON document.
  const parser = createDocumentParser({ ...parserOptions(env), concurrency: 1 });
  // Every file is parsed before anything is written: one bad file means nothing is stored.
  const documents: Array<{ upload: DocumentUpload; parsed: ParsedEdition }> = [];
  for (const upload of uploads) {
    try {
      documents.push({ upload, parsed: await parser.analyze(upload) });
    } catch (error) {
      throw new Error(`${upload.filename}: ${(error as Error).message}`);
    }
  }
  if (values['dry-run']) {
    const previews = documents.map((d) => toIngestJson(d.parsed));
    if (values['json']) console.log(JSON.stringify(previews.length === 1 ? previews[0] : previews, null, 2));
    else for (const [i, p] of previews.entries()) console.log(`${uploads[i]?.filename}: “${p.edition.title ?? 'untitled'}”, ${p.items.length} item(s) (dry run: nothing stored)`);
    return;
  }
  const results = await withDb(env, async (db) => {
    await migrateToLatest(db.db);
    await syncCatalog(db.db);
    const out = [];
    for (const { upload, parsed } of documents) {
      out.push({ file: upload.filename, ...(await importParsed({ db: db.db, user: null, requestId: 'cli' }, upload, parsed)) });
    }
    return out;
  });
  if (values['json']) {
    console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  } else {
    for (const r of results) {
      console.log(
        r.kind === 'created'
          ? `${r.file}: stored as draft edition ${r.editionId} with ${r.items} item(s) and ${r.proposedMetrics} proposed figure(s); review it at /admin/ingest/${r.editionId}`
          : `${r.file}: already imported as edition ${r.editionId}; nothing changed`,
      );
    }
  }
}

async function readUpload(file: string): Promise<DocumentUpload> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new Error(`${file}: no such file`);
  }
  if (!info.isFile()) throw new Error(`${file}: not a file`);
  if (info.size > MAX_UPLOAD_BYTES) throw new Error(`${file}: ${(info.size / 1048576).toFixed(1)} MB is over the 20 MB limit`);
  return { bytes: new Uint8Array(await readFile(file)), filename: path.basename(file) };
}

async function user(env: Env, args: string[]) {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new UsageError(sub ? `Unknown user command "${sub}"` : 'user needs a subcommand: add');
  const { values } = parse(rest, {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    name: { type: 'string' },
  });
  const missing = ['email', 'password', 'role'].filter((k) => values[k] === undefined);
  if (missing.length) throw new UsageError(`user add needs ${missing.map((m) => `--${m}`).join(', ')}`);
  const created = await withDb(env, async (db) => {
    await migrateToLatest(db.db);
    return createUser({ db: db.db, user: null, requestId: 'cli' }, values as { email: string; password: string; role: 'admin'; org?: string; name?: string }, 'cli');
  });
  console.log(`Added ${created.email} (${created.role}).`);
}

async function importAdvisoryCommand(env: Env, args: string[]) {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError('import-advisory needs one FILE');
  const file = positionals[0] as string;
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: no such file`);
  });
  const read = readTravelAdvisory(text);
  if (!read.ok) throw new Error(`${file}: ${read.problems.length} problem(s); nothing imported\n${read.problems.map(describeProblem).join('\n')}`);
  const vintages = [...new Set(read.rows.map((r) => r.asOf))].sort();
  if (values['dry-run']) {
    console.log(`${file}: ${read.rows.length} state level(s) in vintage(s) ${vintages.join(', ')} (dry run: nothing stored)`);
    return;
  }
  const result = await withDb(env, async (db) => {
    await migrateToLatest(db.db);
    return storeAdvisory(db.db, { user: null, requestId: 'cli' }, read.rows, path.basename(file));
  });
  console.log(`${file}: vintage(s) ${result.vintages.join(', ')}: ${result.inserted} new, ${result.revised} revised, ${result.unchanged} unchanged.`);
}

const COMMANDS: Record<string, (env: Env, args: string[]) => Promise<void>> = {
  'import-advisory': importAdvisoryCommand,
  migrate,
  seed,
  serve: serveCommand,
  ingest,
  user,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`Unknown command "${command}"`);
    await run(readEnv(), args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`atalaya: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof EnvError || error instanceof DomainError || error instanceof MigrationError) {
      console.error(`atalaya: ${error.message}`);
      return 1;
    }
    console.error(`atalaya: ${(error as Error).message ?? error}`);
    return 1;
  }
}

/**
 * Resolves once everything written to the stream so far has been handed to the OS. A pipe takes 64 KB at a
 * time; the rest waits in the process, and `process.exit` would drop it.
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    // The callback runs after the writes before it, or with an error if the reader has gone: either way, done.
    stream.write('', () => resolve());
  });
}

const code = await main(process.argv.slice(2));
// `serve` keeps running; every other command ends here, once its output has gone out whole.
if (code !== 0 || process.argv[2] !== 'serve') {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}
