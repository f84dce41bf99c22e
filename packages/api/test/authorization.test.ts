import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, SessionUser } from '../src/context.ts';
import { loadDemo } from '../src/demo/load.ts';
import { appRouter, createCaller } from '../src/root.ts';
import { testContext } from './helpers.ts';

type Who = 'anonymous' | 'share' | 'client' | 'analyst' | 'account_manager' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'share', 'client', 'analyst', 'account_manager', 'admin'];
const READERS: Who[] = ['share', 'client', 'analyst', 'account_manager', 'admin'];
const MEMBERS: Who[] = ['client', 'analyst', 'account_manager', 'admin'];
const ANALYSTS: Who[] = ['analyst', 'admin'];
const MANAGERS: Who[] = ['account_manager', 'admin'];
const ADMINS: Who[] = ['admin'];
/** Who reads a client organisation's sites and exposure: the client, its account manager, admins (never a share link). */
const CLIENT_FACING: Who[] = ['client', 'account_manager', 'admin'];

type Call = (caller: ReturnType<typeof createCaller>, ids: Ids) => Promise<unknown>;
interface Ids {
  itemId: number;
  editionId: number;
  viewId: number;
  orgId: number;
  userId: number;
}

/**
 * Who may call each procedure. Every procedure of the router must have an entry:
 * a new procedure without one fails this test until someone decides who may call it.
 */
const MATRIX: Record<string, { allowed: Who[]; call: Call }> = {
  'auth.me': { allowed: EVERYONE, call: (c) => c.auth.me() },
  'auth.signIn': { allowed: EVERYONE, call: (c) => c.auth.signIn({ email: `nobody-${Math.random().toString(36).slice(2)}@example.com`, password: 'x' }).catch(passUnauthorized) },
  'auth.signOut': { allowed: EVERYONE, call: (c) => c.auth.signOut() },
  'share.info': { allowed: ['share'], call: (c) => c.share.info() },
  'dashboard.get': { allowed: READERS, call: (c) => c.dashboard.get({ filter: EMPTY_FILTER }) },
  'dashboard.topicVolume': { allowed: READERS, call: (c) => c.dashboard.topicVolume({ filter: EMPTY_FILTER }) },
  'items.list': { allowed: READERS, call: (c) => c.items.list({ filter: EMPTY_FILTER }) },
  'items.byId': { allowed: READERS, call: (c, ids) => c.items.byId({ id: ids.itemId }) },
  'editions.list': { allowed: MEMBERS, call: (c) => c.editions.list() },
  'editions.byId': { allowed: MEMBERS, call: (c, ids) => c.editions.byId({ id: ids.editionId }) },
  'editions.latestCommentary': { allowed: READERS, call: (c) => c.editions.latestCommentary() },
  'metrics.catalog': { allowed: READERS, call: (c) => c.metrics.catalog() },
  'metrics.series': { allowed: READERS, call: (c) => c.metrics.series({ series: 'prisoner_transfers', places: ['MX'] }) },
  'metrics.latestByState': { allowed: READERS, call: (c) => c.metrics.latestByState({ series: 'homicide_rate_inegi' }) },
  'timeline.density': { allowed: READERS, call: (c) => c.timeline.density({ filter: EMPTY_FILTER }) },
  'states.profile': { allowed: READERS, call: (c) => c.states.profile({ code: 'MX-SIN', filter: EMPTY_FILTER }) },
  'tags.counts': { allowed: READERS, call: (c) => c.tags.counts({ kind: 'organization' }) },
  'review.list': { allowed: ANALYSTS, call: (c) => c.review.list() },
  'review.get': { allowed: ANALYSTS, call: (c, ids) => c.review.get({ id: ids.editionId }) },
  'review.updateEdition': { allowed: ANALYSTS, call: (c, ids) => c.review.updateEdition({ id: ids.editionId, author: 'Fausto Carbajal' }) },
  'review.updateItem': { allowed: ANALYSTS, call: (c, ids) => c.review.updateItem({ id: ids.itemId, outlet: 'Milenio' }) },
  'review.setPlaces': { allowed: ANALYSTS, call: (c, ids) => c.review.setPlaces({ itemId: ids.itemId, places: ['MX'] }) },
  'review.setTopics': { allowed: ANALYSTS, call: (c, ids) => c.review.setTopics({ itemId: ids.itemId, topics: ['prisons'] }) },
  'review.setOrganizations': { allowed: ANALYSTS, call: (c, ids) => c.review.setOrganizations({ itemId: ids.itemId, organizations: [] }) },
  'review.setPeople': { allowed: ANALYSTS, call: (c, ids) => c.review.setPeople({ itemId: ids.itemId, people: [] }) },
  'review.reviewObservation': { allowed: ANALYSTS, call: (c) => c.review.reviewObservation({ id: 999_999, status: 'confirmed' }).catch(passNotFound) },
  'review.deleteItem': { allowed: ANALYSTS, call: (c) => c.review.deleteItem({ id: 999_999 }).catch(passNotFound) },
  'review.deleteEdition': { allowed: ANALYSTS, call: (c) => c.review.deleteEdition({ id: 999_999 }).catch(passNotFound) },
  'review.publish': { allowed: ANALYSTS, call: (c) => c.review.publish({ id: 999_999 }).catch(passNotFound) },
  'views.list': { allowed: MEMBERS, call: (c) => c.views.list() },
  'views.create': { allowed: MEMBERS, call: (c) => c.views.create({ name: 'Matrix view', filter: EMPTY_FILTER }) },
  'views.rename': { allowed: MEMBERS, call: (c) => c.views.rename({ id: 999_999, name: 'x' }).catch(passNotFound) },
  'views.delete': { allowed: MEMBERS, call: (c) => c.views.delete({ id: 999_999 }).catch(passNotFound) },
  'views.shareLinks': { allowed: MANAGERS, call: (c, ids) => c.views.shareLinks({ viewId: ids.viewId }) },
  'views.shareOpens': { allowed: MANAGERS, call: (c) => c.views.shareOpens({ linkId: 999_999 }).catch(passNotFound) },
  'views.share': { allowed: MANAGERS, call: (c, ids) => c.views.share({ viewId: ids.viewId }) },
  'views.revokeShare': { allowed: MANAGERS, call: (c) => c.views.revokeShare({ id: 999_999 }).catch(passNotFound) },
  'admin.users': { allowed: ADMINS, call: (c) => c.admin.users() },
  'admin.createUser': { allowed: ADMINS, call: (c) => c.admin.createUser({ email: `m${Math.random().toString(36).slice(2)}@example.com`, password: 'long enough pw', role: 'client' }) },
  'admin.updateUser': { allowed: ADMINS, call: (c, ids) => c.admin.updateUser({ id: ids.userId, name: 'Renamed' }) },
  'admin.setAssignments': { allowed: ADMINS, call: (c, ids) => c.admin.setAssignments({ userId: ids.userId, orgIds: [ids.orgId] }).catch(passBadRequest) },
  'admin.orgs': { allowed: MANAGERS, call: (c) => c.admin.orgs() },
  'admin.createOrg': { allowed: ADMINS, call: (c) => c.admin.createOrg({ slug: `org-${Math.random().toString(36).slice(2, 8)}`, name: 'Org', kind: 'client' }) },
  'admin.setWatchlist': { allowed: MANAGERS, call: (c, ids) => c.admin.setWatchlist({ orgId: ids.orgId, states: ['MX-SIN'] }) },
  'admin.sites': { allowed: MEMBERS, call: (c, ids) => c.admin.sites({ orgId: ids.orgId }).catch(passNotFound) },
  'admin.saveSite': { allowed: MANAGERS, call: (c, ids) => c.admin.saveSite({ orgId: ids.orgId, name: 'Site', state: 'MX-SIN' }) },
  'admin.importSites': {
    allowed: MANAGERS,
    call: (c, ids) => c.admin.importSites({ orgId: ids.orgId, csv: 'name,state\nMatrix depot,MX-SIN\n', dryRun: true }),
  },
  'admin.deleteSite': { allowed: MANAGERS, call: (c) => c.admin.deleteSite({ id: 999_999 }).catch(passNotFound) },
  'admin.audit': { allowed: ADMINS, call: (c) => c.admin.audit() },
  'admin.myOrg': { allowed: MEMBERS, call: (c) => c.admin.myOrg() },
  'exposure.orgs': { allowed: CLIENT_FACING, call: (c) => c.exposure.orgs() },
  'exposure.get': { allowed: CLIENT_FACING, call: (c, ids) => c.exposure.get({ orgId: ids.orgId, date: '2025-06-30' }) },
  'exposure.sinceLastVisit': { allowed: CLIENT_FACING, call: (c, ids) => c.exposure.sinceLastVisit({ orgId: ids.orgId }) },
  'exposure.markVisit': { allowed: CLIENT_FACING, call: (c, ids) => c.exposure.markVisit({ orgId: ids.orgId }) },
  'portfolio.get': { allowed: MANAGERS, call: (c) => c.portfolio.get({ date: '2025-06-30' }) },
  'levels.states': { allowed: READERS, call: (c) => c.levels.states({ date: '2025-06-30' }) },
  'levels.history': { allowed: READERS, call: (c) => c.levels.history({ scope: 'MX-SIN' }) },
  'levels.advisory': { allowed: READERS, call: (c) => c.levels.advisory({ date: '2025-06-30' }) },
  'levels.signals': { allowed: READERS, call: (c) => c.levels.signals({ date: '2025-06-30', states: ['MX-SIN'] }) },
  'levels.grid': { allowed: ANALYSTS, call: (c) => c.levels.grid({ date: '2025-06-30' }) },
  'levels.drafts': { allowed: ANALYSTS, call: (c) => c.levels.drafts({ scope: 'MX-SIN' }) },
  'levels.preview': { allowed: ANALYSTS, call: (c) => c.levels.preview({ scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: '2025-06-03' }) },
  'levels.create': { allowed: ANALYSTS, call: (c) => c.levels.create({ scope: 'MX-SIN', category: 'violence', level: 4, effectiveOn: '2025-06-03', rationaleEn: 'Test rating.' }) },
  'levels.publish': { allowed: ANALYSTS, call: (c) => c.levels.publish({ id: 999_999 }).catch(passNotFound) },
  'levels.discard': { allowed: ANALYSTS, call: (c) => c.levels.discard({ id: 999_999 }).catch(passNotFound) },
};

// Allowed callers may still meet "not found" or a wrong password: what matters is that they got past the gate.
function passNotFound(e: unknown) {
  if (e instanceof TRPCError && e.code === 'NOT_FOUND') return null;
  throw e;
}
function passUnauthorized(e: unknown) {
  if (e instanceof TRPCError && e.code === 'UNAUTHORIZED' && /email or password/.test(e.message)) return null;
  throw e;
}
function passBadRequest(e: unknown) {
  if (e instanceof TRPCError && e.code === 'BAD_REQUEST') return null;
  throw e;
}

describe.each(testBackends())('authorization on %s', (kind) => {
  let handle: Db;
  const users: Partial<Record<Who, SessionUser>> = {};
  let ids: Ids;
  const shareFilter: Filter = { ...EMPTY_FILTER, states: ['MX-SIN'] };

  beforeAll(async () => {
    handle = await createTestDb(kind);
    await loadDemo(handle.db);
    const rows = await handle.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).execute();
    for (const r of rows) users[r.role as Who] ??= { id: r.id, email: r.email, name: r.name, role: r.role, orgId: r.org_id };
    const item = await handle.db.selectFrom('items').select(['id', 'edition_id']).limit(1).executeTakeFirstOrThrow();
    const client = users.client as SessionUser;
    const view = await handle.db.insertInto('saved_views').values({ name: 'v', filter: JSON.stringify(EMPTY_FILTER), owner_id: client.id, org_id: client.orgId }).returning('id').executeTakeFirstOrThrow();
    ids = { itemId: item.id, editionId: item.edition_id, viewId: view.id, orgId: client.orgId, userId: client.id };
  });
  afterAll(() => handle.close());

  function callerFor(who: Who) {
    const ctx: Context = testContext(handle, who === 'anonymous' || who === 'share' ? null : (users[who] ?? null));
    if (who === 'share') ctx.share = { linkId: 1, filter: shareFilter, viewName: 'v', expiresAt: new Date(Date.now() + 86_400_000) };
    return createCaller(ctx);
  }

  it('has an entry for every procedure', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [path, rule] of Object.entries(MATRIX)) {
    it(`${path}: ${rule.allowed.join(', ')}`, async () => {
      for (const who of EVERYONE) {
        const attempt = rule.call(callerFor(who), ids);
        if (rule.allowed.includes(who)) {
          await expect(attempt, `${who} should be allowed`).resolves.not.toThrow();
        } else {
          await expect(attempt, `${who} should be refused`).rejects.toMatchObject({ code: who === 'anonymous' ? 'UNAUTHORIZED' : expect.stringMatching(/FORBIDDEN|UNAUTHORIZED/) });
        }
      }
    });
  }

  it('serves a share link only its frozen filter, whatever the input asks for', async () => {
    const shared = callerFor('share');
    const wide = await shared.items.list({ filter: EMPTY_FILTER, limit: 200 });
    expect(wide.items.length).toBeGreaterThan(0);
    expect(wide.items.every((i) => i.places.includes('MX-SIN'))).toBe(true);
    const sonora = await shared.dashboard.get({ filter: { ...EMPTY_FILTER, states: ['MX-SON'] } });
    expect(sonora.items.items.every((i) => i.places.includes('MX-SIN'))).toBe(true);
    const outside = await handle.db
      .selectFrom('items')
      .select('id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('item_places').select('item_id').whereRef('item_places.item_id', '=', 'items.id').where('place', '=', 'MX-SIN'))))
      .executeTakeFirstOrThrow();
    await expect(shared.items.byId({ id: outside.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(shared.states.profile({ code: 'MX-SON', filter: EMPTY_FILTER })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shared.levels.history({ scope: 'MX-SON' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shared.levels.history({ scope: 'MX-SIN/culiacan' })).resolves.toBeInstanceOf(Array);
  });
});
