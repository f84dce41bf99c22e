import type { AddressInfo } from 'node:net';
import { createUser, loadDemo, syncCatalog } from '@atalaya/api';
import { createDb, migrateToLatest, QueryTiming, type Db } from '@atalaya/db';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { parserOptions, type Env } from './env.ts';
import { silentLogger, type Logger } from './log.ts';
import { createDocumentParser } from './parse/document-parser.ts';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /**
   * Stops accepting connections and fails /readyz, lets in-flight requests finish, then closes the database, so
   * every answered write is on disk. Requests still running after SHUTDOWN_GRACE_SECONDS are interrupted: their
   * transactions roll back and they answer 503.
   */
  stop(): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
// After the grace period, how long the interrupted requests have to send their 503 before their connections are cut.
const INTERRUPTED_ANSWER_MS = 5000;

/** Prepares the database (migrations, catalogs, demo data, first admin) and starts serving. */
export async function startServer(env: Env, logger: Logger = silentLogger): Promise<RunningServer> {
  // Each request's time in SQL, for its Server-Timing header and its log line.
  const queryTiming = new QueryTiming();
  const db = await createDb({
    log: queryTiming.log,
    databaseUrl: env.DATABASE_URL,
    replicaUrl: env.DATABASE_REPLICA_URL,
    dataDir: env.DATA_DIR,
    onPoolError: (error) => logger.error({ err: error }, 'PostgreSQL connection error'),
  });
  try {
    const applied = await migrateToLatest(db.db);
    if (applied.length > 0) logger.info({ migrations: applied }, `Applied migrations: ${applied.join(', ')}`);
    await syncCatalog(db.db);
    if (env.ATALAYA_DEMO) {
      const demo = await loadDemo(db.db);
      if (demo.loaded) logger.info(`Loaded demo data: ${demo.editions} editions, ${demo.items} items, ${demo.observations} observations, ${demo.ratings} risk ratings`);
    }
    if (env.ATALAYA_ADMIN_EMAIL && env.ATALAYA_ADMIN_PASSWORD) {
      const email = env.ATALAYA_ADMIN_EMAIL.toLowerCase();
      const exists = await db.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (!exists) {
        await createUser({ db: db.db, user: null, requestId: 'startup' }, { email, password: env.ATALAYA_ADMIN_PASSWORD, role: 'admin' }, 'ATALAYA_ADMIN_EMAIL');
        logger.info(`Created the first admin, ${email}`);
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  let draining = false;
  // Requests whose handler is still running: a socket can close before its handler ends (the client gave up),
  // and the database must stay open until the handler's queries are done.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  const parser = createDocumentParser(parserOptions(env));
  const app = createApp({
    db,
    queryTiming,
    serverTiming: env.SERVER_TIMING,
    webDir: env.WEB_DIST,
    sessionIdleHours: env.SESSION_IDLE_HOURS,
    sessionAbsoluteDays: env.SESSION_ABSOLUTE_DAYS,
    trustedProxies: env.TRUSTED_PROXIES,
    logger,
    isDraining: () => draining,
    parser,
  });
  const fetch: typeof app.fetch = async (request, ...rest) => {
    inFlight++;
    try {
      return await app.fetch(request, ...rest);
    } finally {
      if (--inFlight === 0) onIdle?.();
    }
  };
  const handlersDone = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve)));

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  let stopping: Promise<void> | undefined;

  const shutdown = async () => {
    draining = true;
    logger.info({ inFlight }, 'shutdown: not accepting new connections; finishing the requests in flight');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive sockets would hold close() open. Responses started while draining say Connection: close;
    // a socket whose response was already under way becomes idle later, so idle sockets are swept until the end.
    const sweep = () => ('closeIdleConnections' in server ? server.closeIdleConnections() : undefined);
    sweep();
    const sweeper = setInterval(sweep, 250);
    // Every socket closed, then every handler done: a handler may outlive its socket (the client gave up), and a
    // request that came on a kept-alive socket after the signal counts as well.
    const drained = closed.then(handlersDone);
    const finished = await Promise.race([drained.then(() => true), delay(env.SHUTDOWN_GRACE_SECONDS * 1000).then(() => false)]);
    // A parse still running would only write to a closed database.
    parser.close();
    if (finished) {
      clearInterval(sweeper);
      logger.info('shutdown: every request answered');
      await db.close();
    } else {
      // The database is closed under the requests still running: on PostgreSQL their connections end, so their
      // transactions roll back (a write and its audit entry go together) and they answer 503. Those answers get
      // a moment to leave before the connections are cut. PGlite cannot be interrupted: its close waits for them.
      logger.warn({ inFlight, graceSeconds: env.SHUTDOWN_GRACE_SECONDS }, 'shutdown: grace period over; interrupting the requests still running');
      const dbClosed = db.close({ interrupt: true });
      await Promise.race([drained, delay(INTERRUPTED_ANSWER_MS)]);
      clearInterval(sweeper);
      if ('closeAllConnections' in server) server.closeAllConnections();
      // A close that never ends (a stuck PGlite query) is cut by the CLI's deadline.
      await dbClosed;
    }
    logger.info('shutdown: database closed');
  };

  return {
    url: `http://${shownHost}:${port}`,
    port,
    db,
    stop() {
      stopping ??= shutdown();
      return stopping;
    },
  };
}
