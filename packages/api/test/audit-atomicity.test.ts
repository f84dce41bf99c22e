import { sql, type Database, type Db, type Kysely } from '@atalaya/db';
import { testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, SessionUser } from '../src/context.ts';
import { DEMO_PASSWORD } from '../src/demo/load.ts';
import { appRouter, createCaller } from '../src/root.ts';
import { recordExport } from '../src/services/exports/audit.ts';
import { importDocument } from '../src/services/ingest.ts';
import { storeEdition } from '../src/services/store-edition.ts';
import { demoApi, testContext } from './helpers.ts';

interface Ids {
  editionId: number;
  itemId: number;
  observationId: number;
  clientId: number;
  managerId: number;
  clientOrgId: number;
  siteId: number;
  viewId: number;
  shareId: number;
  draftRatingId: number;
}

type Call = (ids: Ids) => unknown;

/**
 * The input of every mutation, each a write that is audited. A new mutation fails the test below until it has an
 * entry here, and then fails if its change survives a refused audit entry. Signing in runs anonymously, signing
 * out with a session; the others as an admin.
 */
const MUTATIONS: Record<string, Call[]> = {
  'admin.createOrg': [() => ({ slug: 'refused-org', name: 'Refused', kind: 'client' })],
  'admin.createUser': [() => ({ email: 'refused@example.com', password: 'long enough pw', role: 'client', org: 'refused-co' })],
  'admin.deleteSite': [(ids) => ({ id: ids.siteId })],
  'admin.importSites': [(ids) => ({ orgId: ids.clientOrgId, csv: 'name,state,locality\nRefused yard,MX-SON,Hermosillo\n', dryRun: false })],
  'admin.saveSite': [
    (ids) => ({ orgId: ids.clientOrgId, name: 'Refused depot', state: 'MX-SON' }),
    (ids) => ({ id: ids.siteId, orgId: ids.clientOrgId, name: 'Renamed depot', state: 'MX-SON' }),
  ],
  'admin.setAssignments': [(ids) => ({ userId: ids.managerId, orgIds: [] })],
  'admin.setWatchlist': [(ids) => ({ orgId: ids.clientOrgId, states: ['MX-SON', 'MX-CHH'] })],
  'admin.updateUser': [(ids) => ({ id: ids.clientId, name: 'Renamed', disabled: true })],
  'auth.signIn': [() => ({ email: 'admin@atalaya.demo', password: DEMO_PASSWORD })],
  'auth.signOut': [() => undefined],
  'levels.create': [
    () => ({ scope: 'MX-SON', category: 'overall', level: 3, effectiveOn: '2025-02-04', rationaleEn: 'Refused rating.' }),
    () => ({ scope: 'MX-SON/hermosillo', category: 'violence', level: 4, effectiveOn: '2025-02-04', rationaleEn: 'Refused rating.', publish: true }),
  ],
  'levels.discard': [(ids) => ({ id: ids.draftRatingId })],
  'levels.publish': [(ids) => ({ id: ids.draftRatingId })],
  'review.deleteEdition': [(ids) => ({ id: ids.editionId })],
  'review.deleteItem': [(ids) => ({ id: ids.itemId })],
  'review.publish': [(ids) => ({ id: ids.editionId })],
  'review.reviewObservation': [(ids) => ({ id: ids.observationId, status: 'confirmed', value: 12 })],
  'review.setOrganizations': [(ids) => ({ itemId: ids.itemId, organizations: [{ slug: 'refused-cartel', label: 'Refused Cartel' }] })],
  'review.setPeople': [(ids) => ({ itemId: ids.itemId, people: [{ slug: 'refused-person', label: 'Refused Person' }] })],
  'review.setPlaces': [(ids) => ({ itemId: ids.itemId, places: ['MX-SON'] })],
  'review.setTopics': [(ids) => ({ itemId: ids.itemId, topics: ['prisons'] })],
  'review.updateEdition': [(ids) => ({ id: ids.editionId, title: 'Refused title', publishedOn: '2025-02-05' })],
  'review.updateItem': [(ids) => ({ id: ids.itemId, headline: 'Refused headline' })],
  'views.create': [() => ({ name: 'Refused view', filter: EMPTY_FILTER })],
  'views.delete': [(ids) => ({ id: ids.viewId })],
  'views.rename': [(ids) => ({ id: ids.viewId, name: 'Refused name' })],
  'views.revokeShare': [(ids) => ({ id: ids.shareId })],
  'views.share': [(ids) => ({ viewId: ids.viewId, expiresInDays: 3 })],
};

/** Mutations that change no record anyone audits, and why. */
const UNAUDITED: Record<string, string> = {
  'exposure.markVisit': 'it notes when a user opened a page (for "since your last visit"), as a session notes its last use',
};

const mutationPaths = () =>
  Object.entries(appRouter._def.procedures)
    .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === 'mutation')
    .map(([path]) => path)
    .sort();

const REFUSED = 'audit entry refused by the test';

/** Every audit entry fails from now on, as a full disk or a broken constraint would make it. */
async function refuseAuditEntries(db: Kysely<Database>): Promise<void> {
  await sql.raw(`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception '${REFUSED}'; end $$`).execute(db);
  await sql`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`.execute(db);
}

/**
 * Every row of every table, as a count and a hash per table. Sign-in attempts (rate_limits, sign_in_throttles) are
 * left out: they are counted before the password is checked, whether or not the sign-in succeeds, on purpose.
 */
async function contents(db: Kysely<Database>): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely%' and table_name not in ('rate_limits', 'sign_in_throttles')
    order by table_name`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number; hash: string | null }>`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as hash from ${sql.table(name)} as t`.execute(db);
    out[name] = `${rows[0]?.n}:${rows[0]?.hash ?? ''}`;
  }
  return out;
}

describe.each(testBackends())('audited writes on %s', (kind) => {
  let handle: Db;
  let admin: SessionUser;
  let sessionToken: string;
  let ids: Ids;

  const contextFor = (path: string): Context => {
    if (path === 'auth.signIn') return testContext(handle, null);
    if (path === 'auth.signOut') return testContext(handle, admin, sessionToken);
    return testContext(handle, admin);
  };

  beforeAll(async () => {
    ({ handle } = await demoApi(kind));
    const db = handle.db;
    const userOf = async (role: SessionUser['role']) => {
      const u = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'org_id']).where('role', '=', role).orderBy('id').executeTakeFirstOrThrow();
      return { id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.org_id };
    };
    admin = await userOf('admin');
    const [client, manager] = [await userOf('client'), await userOf('account_manager')];
    const item = { headline: 'A draft item', summary: 'Its summary.', date: '2025-02-03', outlet: 'Milenio', articleAuthor: null, originalTitle: null, url: null, language: 'en' as const };
    const editionId = await storeEdition(
      db,
      {
        title: 'A draft',
        publishedOn: '2025-02-04',
        author: null,
        commentary: null,
        items: [
          { ...item, places: ['MX-SIN'], topics: ['homicides-violence'], organizations: [], people: [], metrics: [{ series: 'drug_seizure_kg', value: 10, unit: 'kg', place: 'MX-SIN', periodStart: '2025-02-03', periodEnd: '2025-02-03' }] },
          { ...item, headline: 'Another draft item', places: [], topics: [], organizations: [], people: [], metrics: [] },
        ],
      },
      { status: 'draft', sourceFormat: 'text', origin: 'extracted' },
    );
    const itemId = (await db.selectFrom('items').select('id').where('edition_id', '=', editionId).orderBy('position').executeTakeFirstOrThrow()).id;
    const observationId = (await db.selectFrom('observations').select('id').where('item_id', '=', itemId).executeTakeFirstOrThrow()).id;
    const caller = createCaller(testContext(handle, admin));
    const site = await caller.admin.saveSite({ orgId: client.orgId, name: 'Depot', state: 'MX-SON', lat: null, lon: null, type: null });
    const view = await caller.views.create({ name: 'Northwest', filter: EMPTY_FILTER, orgId: client.orgId });
    const share = await caller.views.share({ viewId: view.id, expiresInDays: 7 });
    const draftRating = await caller.levels.create({ scope: 'MX-SIN', category: 'overall', level: 4, effectiveOn: '2025-02-04', rationaleEn: 'A draft rating.' });
    const signedIn = testContext(handle, null);
    await createCaller(signedIn).auth.signIn({ email: admin.email, password: DEMO_PASSWORD });
    sessionToken = (signedIn.cookieLog.at(-1) as string).replace('set:', '');
    ids = { editionId, itemId, observationId, clientId: client.id, managerId: manager.id, clientOrgId: client.orgId, siteId: site.id, viewId: view.id, shareId: share.id, draftRatingId: draftRating.id };
    await refuseAuditEntries(db);
  });
  afterAll(() => handle?.close());

  it('has an input for every mutation', () => {
    expect(mutationPaths()).toEqual([...Object.keys(MUTATIONS), ...Object.keys(UNAUDITED)].sort());
  });

  it('rolls back every mutation whose audit entry cannot be written', async () => {
    const survived: string[] = [];
    for (const [path, calls] of Object.entries(MUTATIONS)) {
      const [scope, name] = path.split('.') as [string, string];
      for (const [n, input] of calls.entries()) {
        const before = await contents(handle.db);
        const caller = createCaller(contextFor(path)) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
        const call = caller[scope]?.[name]?.(input(ids));
        // It got as far as its audit entry (not refused earlier for a bad input), and that failure undid it.
        await expect(call, `${path} #${n + 1}`).rejects.toMatchObject({ cause: { message: expect.stringContaining(REFUSED) } });
        if (JSON.stringify(await contents(handle.db)) !== JSON.stringify(before)) survived.push(`${path} #${n + 1}`);
      }
    }
    expect(survived).toEqual([]);
  });

  it('rolls back an import, and records no export, whose audit entry cannot be written', async () => {
    const before = await contents(handle.db);
    const newsletter = [
      'Security Chatter – February 5, 2025',
      'By Test Writer, Partner, Example Consulting',
      'Soldiers seize 300 kilos of methamphetamine near Culiacán',
      'The Army reported the seizure at a warehouse outside Culiacán, Sinaloa. Two people were detained.',
      'Reforma, 2/4/25, Redacción: Aseguran 300 kilos de metanfetamina en Culiacán.',
    ].join('\n\n');
    const upload = { bytes: new TextEncoder().encode(newsletter), filename: 'refused.txt' };
    await expect(importDocument({ db: handle.db, user: admin, requestId: 'test' }, upload)).rejects.toThrow(REFUSED);
    const scope = { filter: EMPTY_FILTER, lang: 'en' as const, viewId: null, viewName: null, shareLinkId: null };
    await expect(recordExport(handle.db, { user: admin, requestId: 'test' }, { kind: 'items', scope, rows: 3, complete: true })).rejects.toThrow(REFUSED);
    expect(await contents(handle.db)).toEqual(before);
  });
});
