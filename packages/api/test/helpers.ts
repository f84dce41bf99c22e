import type { Db, DbKind } from '@atalaya/db';
import { createTestDb } from '@atalaya/db/testing';
import type { Context, SessionUser } from '../src/context.ts';
import { loadDemo } from '../src/demo/load.ts';
import { createCaller } from '../src/root.ts';
import { DEFAULT_SESSION_POLICY } from '../src/services/sessions.ts';

/** A migrated database with the demo dataset, and a caller for it: the demo client unless another user (or null, anonymous) is given. */
export async function demoApi(kind: DbKind, as?: SessionUser | null) {
  const handle: Db = await createTestDb(kind);
  await loadDemo(handle.db);
  const client = await handle.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).where('role', '=', 'client').orderBy('id').executeTakeFirstOrThrow();
  const user: SessionUser | null = as === undefined ? { id: client.id, email: client.email, name: client.name, role: client.role, orgId: client.org_id } : as;
  const ctx: Context = testContext(handle, user);
  return { handle, db: handle.db, caller: createCaller(ctx), ctx };
}

/** A context as the HTTP layer would build it, recording cookie changes in `cookieLog`. */
export function testContext(handle: Db, user: SessionUser | null = null, sessionToken: string | null = null): Context & { cookieLog: string[] } {
  const cookieLog: string[] = [];
  return {
    db: handle.db,
    dbKind: handle.kind,
    requestId: 'test',
    user,
    sessionToken,
    sessionPolicy: DEFAULT_SESSION_POLICY,
    deviceToken: null,
    ip: '127.0.0.1',
    userAgent: 'vitest',
    cookies: {
      set: (token) => cookieLog.push(`set:${token}`),
      clear: () => cookieLog.push('clear'),
      setDevice: (token) => cookieLog.push(`device:${token}`),
    },
    share: null,
    cookieLog,
  };
}

/** Row counts of every table that a write could touch. */
export async function tableCounts(db: Db['db']): Promise<Record<string, number>> {
  const tables = ['editions', 'items', 'item_tags', 'item_places', 'observations', 'tags', 'users', 'orgs', 'audit_log'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
