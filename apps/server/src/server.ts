import type { AddressInfo } from 'node:net';
import { addUser, audit, loadDemo, syncCatalog } from '@atalaya/api';
import { createDb, migrateToLatest, type Db } from '@atalaya/db';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Env } from './env.ts';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

type Log = (message: string) => void;

/** Prepares the database (migrations, catalogs, demo data, first admin) and starts serving. */
export async function startServer(env: Env, log: Log = console.log): Promise<RunningServer> {
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const applied = await migrateToLatest(db.db);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    await syncCatalog(db.db);
    if (env.ATALAYA_DEMO) {
      const demo = await loadDemo(db.db);
      if (demo.loaded) log(`Loaded demo data: ${demo.editions} editions, ${demo.items} items, ${demo.observations} observations`);
    }
    if (env.ATALAYA_ADMIN_EMAIL && env.ATALAYA_ADMIN_PASSWORD) {
      const email = env.ATALAYA_ADMIN_EMAIL.toLowerCase();
      const exists = await db.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (!exists) {
        const admin = await addUser(db.db, { email, password: env.ATALAYA_ADMIN_PASSWORD, role: 'admin' });
        await audit(db.db, { user: null, requestId: 'startup' }, { action: 'user.create', entity: 'user', entityId: admin.id, after: { email, role: 'admin', source: 'ATALAYA_ADMIN_EMAIL' } });
        log(`Created the first admin, ${email}`);
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  const app = createApp({ db, webDir: env.WEB_DIST, sessionIdleHours: env.SESSION_IDLE_HOURS });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    db,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }).then(() => db.close());
      return stopping;
    },
  };
}
