import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { appRouter, SESSION_COOKIE, sessionUser, type Context, type ShareGrant } from '@atalaya/api';
import { migrationState, sql, type Db } from '@atalaya/db';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { generateCookie, getCookie } from 'hono/cookie';
import type { Context as HonoContext } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ingestRoutes } from './ingest-route.ts';
import { SHARE_HEADER, shareGrant, sharePage } from './share-route.ts';

export interface AppOptions {
  db: Db;
  /** Directory of the built web app (index.html and assets/). */
  webDir: string;
  /** Sessions end after this long without a request (default 12). */
  sessionIdleHours?: number;
}

type Env = { Variables: { requestId: string; share: ShareGrant | null } };

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Atalaya</title>
<p>The web app has not been built yet. Run <code>npm start</code> from the repository root.</p>`;

function isHttps(c: HonoContext): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

function ownOrigin(c: HonoContext): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? url.host;
  return `${proto}://${host}`;
}

function clientIp(c: HonoContext): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function createApp({ db, webDir, sessionIdleHours = 12 }: AppOptions): Hono<Env> {
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
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

  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(db.db);
      const migrations = await migrationState(db.db);
      return c.json({ ok: migrations.current, db: db.kind, migrations });
    } catch {
      return c.json({ ok: false, db: db.kind, error: 'The database is not reachable' }, 503);
    }
  });

  // API requests are small JSON; anything bigger is refused before it is parsed.
  app.use(
    '/trpc/*',
    bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: { message: 'The request is larger than 1 MB.' } }, 413) }),
  );

  // A request made from a share link carries its token; the API then serves only that link's filter.
  app.use('/trpc/*', async (c, next) => {
    c.set('share', null);
    const token = c.req.header(SHARE_HEADER);
    if (token !== undefined) {
      const grant = await shareGrant(db, token, clientIp(c));
      if (grant === 'rate-limited') return c.json({ error: { message: 'Too many attempts.' } }, 429);
      if (!grant) return c.json({ error: { message: 'This link is no longer valid.' } }, 410);
      c.set('share', grant);
    }
    await next();
  });

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      // tRPC builds its own Response, so cookies go through its response headers, not Hono's context.
      createContext: async ({ resHeaders }, c): Promise<Context> => {
        const token = getCookie(c, SESSION_COOKIE) ?? null;
        const user = token ? await sessionUser(db.db, token, { idleHours: sessionIdleHours }) : null;
        return {
          db: db.db,
          dbKind: db.kind,
          requestId: c.get('requestId') as string,
          user,
          sessionToken: token,
          ip: clientIp(c),
          userAgent: c.req.header('user-agent') ?? null,
          share: c.get('share'),
          cookies: {
            idleHours: sessionIdleHours,
            set(value, expiresAt) {
              resHeaders.append(
                'Set-Cookie',
                generateCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', expires: expiresAt }),
              );
            },
            clear() {
              resHeaders.append(
                'Set-Cookie',
                generateCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: 0 }),
              );
            },
          },
        };
      },
    }),
  );

  app.route('/api/ingest', ingestRoutes(db, { idleHours: sessionIdleHours }));
  app.all('/api/*', (c) => c.json({ error: { message: 'Not found' } }, 404));

  const indexPath = path.join(webDir, 'index.html');
  // Hashed file names never change content, so browsers may keep them for a year.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: path.relative(process.cwd(), webDir) || '.' }));
  app.all('/assets/*', (c) => c.text('Not found', 404));
  app.get('/s/:token', (c) => sharePage(c, db, indexPath, clientIp(c)));
  app.get('*', (c) => {
    if (!existsSync(indexPath)) return c.html(NOT_BUILT_PAGE, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });

  app.onError((error, c) => {
    console.error(`[${c.get('requestId')}]`, error);
    return c.json({ error: { message: 'Something went wrong on the server.' } }, 500);
  });

  return app;
}
