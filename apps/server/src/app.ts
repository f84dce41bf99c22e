import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { appRouter, DEFAULT_SESSION_POLICY, DEVICE_COOKIE, isStaff, TooManyRequests, UNAVAILABLE_MESSAGE, unavailableError, type Context, type SessionPolicy, type SessionUser, type ShareGrant } from '@atalaya/api';
import { MAX_BATCH_CALLS } from '@atalaya/domain';
import { isDatabaseUnavailable, migrationState, sql, type Db, type QueryTiming } from '@atalaya/db';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { compressJson } from './compress-json.ts';
import { getCookie } from 'hono/cookie';
import type { Context as HonoContext } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { exportRoutes, sharedExport } from './export-route.ts';
import { ingestRoutes } from './ingest-route.ts';
import { loggablePath, silentLogger, type Logger } from './log.ts';
import { clientAddress, trustedProxies } from './client-ip.ts';
import { deviceCookie, requestUser, sessionCookie } from './session-cookie.ts';
import { createDocumentParser, type DocumentParser } from './parse/document-parser.ts';
import { SHARE_HEADER, shareGrant, sharePage } from './share-route.ts';

export interface AppOptions {
  db: Db;
  /** The database's query timing (its `log`): responses to staff then say how long their SQL took (Server-Timing). */
  queryTiming?: QueryTiming;
  /** Server-Timing on every response, not only on those to signed-in staff (SERVER_TIMING; benchmarks). */
  serverTiming?: boolean;
  /** Directory of the built web app (index.html and assets/). */
  webDir: string;
  /** Sessions end after this long without a request (default 12). */
  sessionIdleHours?: number;
  /** Sessions end this many days after sign-in, however active (default 30). */
  sessionAbsoluteDays?: number;
  /** Reverse proxies whose X-Forwarded-For names the client (IP addresses or CIDR ranges; default none). */
  trustedProxies?: readonly string[];
  /** The time now (tests move it; default the system clock). */
  clock?: () => Date;
  /** Request and error log (default: none). */
  logger?: Logger;
  /** True once the server is shutting down: /readyz fails and connections are not kept alive. */
  isDraining?: () => boolean;
  /** Parses uploads in worker processes, within limits (default: the default limits). */
  parser?: DocumentParser;
}

// `user` is whoever the request's session cookie names, once a route has looked it up (tRPC, exports, ingest).
type Env = { Variables: { requestId: string; share: ShareGrant | null; user: SessionUser | null } };

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Atalaya</title>
<p>The web app has not been built yet. Run <code>npm start</code> from the repository root.</p>`;

function ownOrigin(c: HonoContext): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? url.host;
  return `${proto}://${host}`;
}

/** The TCP peer's address (@hono/node-server passes the Node request as `env.incoming`). */
function peerAddress(c: HonoContext): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

// Probes arrive every few seconds from every load balancer: their lines are debug-level, even when not ready
// (/readyz logs why itself).
const PROBES = new Set(['/healthz', '/readyz']);
const READY_TIMEOUT_MS = 3000;
/** What a 503 tells clients to wait before trying again: a database restart or failover takes seconds. */
const RETRY_AFTER_SECONDS = 5;

/** Resolves to the promise's value, or rejects once `ms` have passed without an answer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** How many procedures a tRPC request calls: the paths of a batch (`/trpc/a,b?batch=1`) are comma-separated. */
function trpcCalls(c: HonoContext): number {
  if (c.req.query('batch') !== '1') return 1;
  return c.req.path.slice('/trpc/'.length).split(/,|%2C/i).length;
}

export function createApp({
  db,
  queryTiming,
  serverTiming = false,
  webDir,
  sessionIdleHours = DEFAULT_SESSION_POLICY.idleHours,
  sessionAbsoluteDays = DEFAULT_SESSION_POLICY.absoluteDays,
  trustedProxies: proxies = [],
  clock = DEFAULT_SESSION_POLICY.now,
  logger = silentLogger,
  isDraining = () => false,
  parser = createDocumentParser(),
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const policy: SessionPolicy = { idleHours: sessionIdleHours, absoluteDays: sessionAbsoluteDays, now: clock };
  const trusted = trustedProxies(proxies);
  const clientIp = (c: HonoContext) => clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), trusted);

  // One log line per request, after it is answered; no query string (it may hold a filter or a token).
  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('user', null);
    const timed = queryTiming ? await queryTiming.measure(next) : null;
    if (!timed) await next();
    c.header('X-Request-Id', requestId);
    // Until the response's body is ready (a streamed export goes on afterwards); parallel queries count once.
    // Only staff see it (or everyone, when the setting says so): timings tell an outsider what a query costs.
    if (timed && (serverTiming || isStaff(c.get('user')))) {
      c.header('Server-Timing', `db;desc="SQL";dur=${timed.sqlMs.toFixed(1)}, app;dur=${timed.totalMs.toFixed(1)}`);
    }
    // While draining, each connection closes after its response, so the server can finish closing.
    if (isDraining()) c.header('Connection', 'close');
    const status = c.res.status;
    // 503 is a dependency out of reach for a while (the database restarting), already logged as a warning.
    const level = PROBES.has(c.req.path) ? 'debug' : status === 503 ? 'warn' : status >= 500 ? 'error' : 'info';
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const dbMs = timed ? Math.round(timed.sqlMs * 10) / 10 : undefined;
    logger[level]({ requestId, method: c.req.method, path: loggablePath(c.req.path), status, durationMs, dbMs, queries: timed?.queries }, 'request');
  });
  // Runs after secureHeaders has set its defaults: pages and API responses under a share link leak no referrer.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/s/') || c.req.header(SHARE_HEADER) !== undefined) c.res.headers.set('Referrer-Policy', 'no-referrer');
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );
  app.use('*', compress());
  app.use('*', compressJson());

  // CSRF: a state-changing request from a browser must come from this server's own origin.
  app.use('*', async (c, next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== ownOrigin(c)) {
        return c.json({ error: { message: 'Cross-origin request refused.' } }, 403);
      }
    }
    await next();
  });

  // Liveness: the process answers. It never touches the database, so a database outage does not get the process restarted.
  app.get('/healthz', (c) => c.json({ ok: true }));

  // Readiness: send traffic here only when the database answers with every migration applied, and not while shutting down.
  app.get('/readyz', async (c) => {
    if (isDraining()) return c.json({ ok: false, db: db.kind, reason: 'The server is shutting down' }, 503);
    let migrations;
    try {
      migrations = await within(migrationState(db.db), READY_TIMEOUT_MS);
    } catch (error) {
      logger.warn({ requestId: c.get('requestId'), err: error }, 'readiness: the database is not reachable');
      return c.json({ ok: false, db: db.kind, reason: 'The database is not reachable' }, 503);
    }
    if (!migrations.current) return c.json({ ok: false, db: db.kind, reason: 'Migrations are pending', migrations }, 503);
    if (db.read !== db.db) {
      try {
        await within(sql`select 1`.execute(db.read), READY_TIMEOUT_MS);
      } catch (error) {
        logger.warn({ requestId: c.get('requestId'), err: error }, 'readiness: the read replica is not reachable');
        return c.json({ ok: false, db: db.kind, reason: 'The read replica is not reachable', migrations }, 503);
      }
    }
    return c.json({ ok: true, db: db.kind, migrations });
  });

  // API answers hold a user's or a share link's data (errors too may name it): no cache keeps a copy.
  for (const path of ['/trpc/*', '/api/*']) {
    app.use(path, async (c, next) => {
      await next();
      c.res.headers.set('Cache-Control', 'no-store');
    });
  }

  // API requests are small JSON; anything bigger is refused before it is parsed.
  app.use(
    '/trpc/*',
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: { message: 'The request is larger than 1 MB.' } }, 413) }),
  );

  // One screen is one batch of a dozen calls; a batch of hundreds is refused before any of them runs.
  app.use('/trpc/*', async (c, next) => {
    const calls = trpcCalls(c);
    if (calls > MAX_BATCH_CALLS) {
      return c.json({ error: { message: `A request may batch at most ${MAX_BATCH_CALLS} calls; this one has ${calls}.` } }, 400);
    }
    await next();
  });

  // A request made from a share link carries its token; the API then serves only that link's filter.
  app.use('/trpc/*', async (c, next) => {
    c.set('share', null);
    const token = c.req.header(SHARE_HEADER);
    if (token !== undefined) {
      const found = await shareGrant(db, token, clientIp(c));
      if (found.kind === 'limited') {
        c.header('Retry-After', String(found.retryAfterSeconds));
        return c.json({ error: { message: 'Too many attempts.' } }, 429);
      }
      if (found.kind === 'gone') return c.json({ error: { message: 'This link is no longer valid.' } }, 410);
      c.set('share', found.grant);
    }
    await next();
  });

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      // The middleware above answers first, with a clearer message; this is tRPC's own guard behind it.
      maxBatchSize: MAX_BATCH_CALLS,
      // tRPC answers its own errors; the unexpected ones are logged here, with the request id the client got.
      onError: ({ error, path, ctx }) => {
        if (error.code === 'SERVICE_UNAVAILABLE') logger.warn({ requestId: ctx?.requestId, procedure: path, err: error.cause ?? error }, 'database unavailable');
        else if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ requestId: ctx?.requestId, procedure: path, err: error.cause ?? error }, 'procedure failed');
      },
      // A refused sign-in says when to try again, in the body and as the standard header; so does an answer
      // caught by a database outage.
      responseMeta: ({ errors }) => {
        const waits = errors.map((e) => (e.cause instanceof TooManyRequests ? e.cause.retryAfterSeconds : e.code === 'SERVICE_UNAVAILABLE' ? RETRY_AFTER_SECONDS : 0));
        const wait = Math.max(0, ...waits);
        return wait > 0 ? { headers: { 'Retry-After': String(wait) } } : {};
      },
      // tRPC builds its own Response, so cookies go through its response headers, not Hono's context.
      createContext: async ({ resHeaders }, c): Promise<Context> => {
        // The context is made before any procedure runs, so its own database error is mapped here.
        const { user, token } = await requestUser(c, db, policy, (cookie) => resHeaders.append('Set-Cookie', cookie)).catch((error: unknown) => {
          throw unavailableError(error) ?? error;
        });
        c.set('user', user);
        return {
          db: db.db,
          readDb: db.read,
          dbKind: db.kind,
          requestId: c.get('requestId') as string,
          user,
          sessionToken: token,
          sessionPolicy: policy,
          deviceToken: getCookie(c, DEVICE_COOKIE) ?? null,
          ip: clientIp(c),
          userAgent: c.req.header('user-agent') ?? null,
          share: c.get('share'),
          cookies: {
            set: (value, expiresAt) => resHeaders.append('Set-Cookie', sessionCookie(c, value, expiresAt)),
            clear: () => resHeaders.append('Set-Cookie', sessionCookie(c, '', null)),
            setDevice: (value, expiresAt) => resHeaders.append('Set-Cookie', deviceCookie(c, value, expiresAt)),
          },
        };
      },
    }),
  );

  app.route('/api/ingest', ingestRoutes(db, policy, parser));
  app.route('/api/export', exportRoutes(db, policy, logger));
  app.all('/api/*', (c) => c.json({ error: { message: 'Not found' } }, 404));

  const indexPath = path.join(webDir, 'index.html');
  // Hashed file names never change content, so browsers may keep them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.' }));
  app.all('/assets/*', (c) => c.text('Not found', 404));
  app.get('/s/:token/export/:file', (c) => sharedExport(c, db, clientIp(c), logger));
  app.get('/s/:token', (c) => sharePage(c, db, indexPath, clientIp(c)));
  // Briefing mode of a share link: the same checks, the same single-page app.
  app.get('/s/:token/present', (c) => sharePage(c, db, indexPath, clientIp(c)));
  app.get('/s/:token/present/notes', (c) => sharePage(c, db, indexPath, clientIp(c)));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) return c.html(NOT_BUILT_PAGE, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });

  app.onError((error, c) => {
    if (isDatabaseUnavailable(error)) {
      logger.warn({ requestId: c.get('requestId'), err: error }, 'database unavailable');
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ error: { message: UNAVAILABLE_MESSAGE } }, 503);
    }
    logger.error({ requestId: c.get('requestId'), err: error }, 'request failed');
    return c.json({ error: { message: 'Something went wrong on the server.' } }, 500);
  });

  return app;
}
