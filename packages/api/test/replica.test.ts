import { randomBytes } from 'node:crypto';
import { createDb, migrateToLatest, openPglite, sql, wrapPglite, type Database, type Kysely } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, SessionUser } from '../src/context.ts';
import { loadDemo } from '../src/demo/load.ts';
import { appRouter, createCaller } from '../src/root.ts';
import { testContext } from './helpers.ts';

interface Ids {
  itemId: number;
  editionId: number;
  viewId: number;
  orgId: number;
  linkId: number;
}

/**
 * An input for every query procedure. Queries run on the read replica, so they must never write:
 * a new query fails the test below until it has an entry here, and then fails if it writes.
 */
const QUERY_INPUTS: Record<string, (ids: Ids) => unknown> = {
  'admin.audit': () => undefined,
  'admin.myOrg': () => undefined,
  'admin.orgs': () => undefined,
  'admin.sites': (ids) => ({ orgId: ids.orgId }),
  'admin.users': () => undefined,
  'auth.me': () => undefined,
  'dashboard.get': () => ({ filter: EMPTY_FILTER }),
  'dashboard.topicVolume': () => ({ filter: EMPTY_FILTER }),
  'editions.byId': (ids) => ({ id: ids.editionId }),
  'editions.latestCommentary': () => undefined,
  'editions.list': () => undefined,
  'exposure.get': (ids) => ({ orgId: ids.orgId, date: '2025-06-30' }),
  'exposure.orgs': () => undefined,
  'exposure.sinceLastVisit': (ids) => ({ orgId: ids.orgId }),
  'items.byId': (ids) => ({ id: ids.itemId }),
  'items.list': () => ({ filter: EMPTY_FILTER }),
  'levels.advisory': () => ({ date: '2025-06-30' }),
  'levels.drafts': () => ({ scope: 'MX-SIN' }),
  'levels.grid': () => ({ date: '2025-06-30' }),
  'levels.history': () => ({ scope: 'MX-SIN' }),
  'levels.preview': () => ({ scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: '2025-06-30' }),
  'levels.signals': () => ({ date: '2025-06-30' }),
  'levels.states': () => ({ date: '2025-06-30' }),
  'metrics.catalog': () => undefined,
  'metrics.latestByState': () => ({ series: 'homicide_rate_inegi' }),
  'metrics.series': () => ({ series: 'prisoner_transfers', places: ['MX'] }),
  'portfolio.get': () => ({ date: '2025-06-30' }),
  'review.get': (ids) => ({ id: ids.editionId }),
  'review.list': () => undefined,
  'share.info': () => undefined,
  'states.profile': () => ({ code: 'MX-SIN', filter: EMPTY_FILTER }),
  'tags.counts': () => ({ kind: 'organization' }),
  'timeline.density': () => ({ filter: EMPTY_FILTER }),
  'views.list': () => undefined,
  'views.shareLinks': (ids) => ({ viewId: ids.viewId }),
  'views.shareOpens': (ids) => ({ linkId: ids.linkId }),
};

const queryPaths = () =>
  Object.entries(appRouter._def.procedures)
    .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === 'query')
    .map(([path]) => path)
    .sort();

const REPLICA_ONLY = 'Only on the replica';

interface Pair {
  primary: Kysely<Database>;
  replica: Kysely<Database>;
  close(): Promise<void>;
}

/** A view (with a share link) only the replica has: data that queries on the primary cannot see. */
async function addReplicaOnlyView(db: Kysely<Database>): Promise<void> {
  const client = await db.selectFrom('users').select(['id', 'org_id']).where('role', '=', 'client').orderBy('id').executeTakeFirstOrThrow();
  const view = await db
    .insertInto('saved_views')
    .values({ name: REPLICA_ONLY, filter: JSON.stringify(EMPTY_FILTER), owner_id: client.id, org_id: client.org_id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('share_links')
    .values({ view_id: view.id, token_hash: randomBytes(32).toString('hex'), filter: JSON.stringify(EMPTY_FILTER), expires_at: new Date(Date.now() + 86_400_000), created_by: client.id })
    .execute();
}

/** Two in-memory PGlites: the replica starts as a copy of the primary and is then made read-only. */
async function pglitePair(): Promise<Pair> {
  const primary = await createTestDb('pglite');
  await loadDemo(primary.db);
  if (!primary.pglite) throw new Error('createTestDb gave no PGlite');
  const replica = wrapPglite(await openPglite(undefined, await primary.pglite.dumpDataDir('none')));
  await addReplicaOnlyView(replica.db);
  // PGlite has a single session, so this holds for every later query.
  await sql`set default_transaction_read_only = on`.execute(replica.db);
  return { primary: primary.db, replica: replica.db, close: async () => void (await Promise.all([primary.close(), replica.close()])) };
}

/**
 * Two databases on the test PostgreSQL server, the replica copied from the primary (`template`) and set read-only
 * as a hot standby is, opened together by the server's own createDb with `replicaUrl`.
 */
async function postgresPair(): Promise<Pair> {
  const serverUrl = process.env['TEST_DATABASE_URL'] as string;
  const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const suffix = randomBytes(5).toString('hex');
  const [primaryName, replicaName] = [`atalaya_primary_${suffix}`, `atalaya_replica_${suffix}`];
  const onServer = async (statement: string, url = serverUrl) => {
    const conn = await createDb({ databaseUrl: url, poolSize: 1 });
    try {
      await sql.raw(statement).execute(conn.db);
    } finally {
      await conn.close();
    }
  };
  await onServer(`create database ${primaryName}`);
  const seed = await createDb({ databaseUrl: urlOf(primaryName), poolSize: 1 });
  await migrateToLatest(seed.db);
  await loadDemo(seed.db);
  await seed.close();
  await onServer(`create database ${replicaName} template ${primaryName}`);
  const standby = await createDb({ databaseUrl: urlOf(replicaName), poolSize: 1 });
  await addReplicaOnlyView(standby.db);
  await standby.close();
  await onServer(`alter database ${replicaName} set default_transaction_read_only = on`);
  const both = await createDb({ databaseUrl: urlOf(primaryName), replicaUrl: urlOf(replicaName), poolSize: 2 });
  return {
    primary: both.db,
    replica: both.read,
    async close() {
      await both.close();
      for (const name of [primaryName, replicaName]) await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}

describe.each(testBackends())('read replica on %s', (kind) => {
  let dbs: Pair;
  let client: SessionUser;
  let admin: SessionUser;
  let ids: Ids;

  // The context the HTTP layer builds from a Db with a replica.
  const primaryOnly = (user: SessionUser): Context => testContext({ db: dbs.primary, read: dbs.replica, kind, close: async () => {} }, user);
  const contextFor = (user: SessionUser): Context => ({ ...primaryOnly(user), readDb: dbs.replica });
  const viewNames = async (db: Kysely<Database>) => (await db.selectFrom('saved_views').select('name').execute()).map((v) => v.name);

  beforeAll(async () => {
    dbs = kind === 'pglite' ? await pglitePair() : await postgresPair();
    const users = await dbs.replica.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).orderBy('id').execute();
    const as = (role: string): SessionUser => {
      const u = users.find((r) => r.role === role);
      if (!u) throw new Error(`no demo ${role}`);
      return { id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.org_id };
    };
    client = as('client');
    admin = as('admin');
    const item = await dbs.replica.selectFrom('items').select(['id', 'edition_id']).orderBy('id').executeTakeFirstOrThrow();
    const view = await dbs.replica.selectFrom('saved_views').select('id').orderBy('id').executeTakeFirstOrThrow();
    const link = await dbs.replica.selectFrom('share_links').select('id').orderBy('id').executeTakeFirstOrThrow();
    ids = { itemId: item.id, editionId: item.edition_id, viewId: view.id, orgId: client.orgId, linkId: link.id };
  });
  afterAll(() => dbs?.close());

  it('answers queries from the replica', async () => {
    const views = await createCaller(contextFor(client)).views.list();
    expect(views.map((v) => v.name)).toContain(REPLICA_ONLY);
    expect(await viewNames(dbs.primary)).not.toContain(REPLICA_ONLY);
  });

  it('writes mutations to the primary, which the replica shows only once it has caught up', async () => {
    const caller = createCaller(contextFor(client));
    // The replica is read-only: had the mutation gone there, it would have failed.
    const created = await caller.views.create({ name: 'Saved on the primary', filter: EMPTY_FILTER });
    expect(created.name).toBe('Saved on the primary');
    expect(await viewNames(dbs.primary)).toContain('Saved on the primary');
    expect(await viewNames(dbs.replica)).not.toContain('Saved on the primary');
    // Replica lag, as a user would meet it: the list (a query) does not show the new view yet.
    expect((await caller.views.list()).map((v) => v.name)).not.toContain('Saved on the primary');
    // Without a replica, queries read the primary.
    expect((await createCaller(primaryOnly(client)).views.list()).map((v) => v.name)).toContain('Saved on the primary');
  });

  it('has an input for every query procedure, and none of them writes', async () => {
    expect(queryPaths()).toEqual(Object.keys(QUERY_INPUTS).sort());
    // An admin presenting a share link may call every query.
    const ctx = { ...contextFor(admin), share: { linkId: 1, filter: EMPTY_FILTER, viewName: 'Everything', expiresAt: new Date(Date.now() + 86_400_000) } };
    const caller = createCaller(ctx) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    for (const [path, input] of Object.entries(QUERY_INPUTS)) {
      const [scope, name] = path.split('.') as [string, string];
      await expect(caller[scope]?.[name]?.(input(ids)), path).resolves.not.toThrow();
    }
  });
});
