import type { Db } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { exposureHeadline } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, SessionUser } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { storeEdition, type ItemInput } from '../src/services/store-edition.ts';
import { addUser } from '../src/services/users.ts';
import { testContext } from './helpers.ts';

// The page's date: Sinaloa was raised to extreme on 3 June, inside the headline's 30 days.
const D = '2025-06-20';

type Who = 'analyst' | 'manager' | 'admin' | 'norte' | 'acme' | 'bajio';

function item(headline: string, date: string, places: string[], summary = headline): ItemInput {
  return { headline, summary, date, outlet: 'El Debate', articleAuthor: null, originalTitle: null, url: null, language: 'en', places, topics: [], organizations: [], people: [], metrics: [] };
}

describe.each(testBackends())('client exposure and portfolio on %s', (kind) => {
  let handle: Db;
  const users = {} as Record<Who, SessionUser>;
  const orgs = {} as Record<'norte' | 'acme' | 'bajio', number>;
  const as = (who: Who) => createCaller(testContext(handle, users[who]));

  /** A published rating written as it would have been at the time (published the day it took effect). */
  async function rating(scope: string, level: number, effectiveOn: string, category = 'overall', status: 'published' | 'draft' = 'published') {
    const state = scope.split('/')[0] as string;
    await handle.db
      .insertInto('assessments')
      .values({
        scope,
        state,
        category: category as 'overall',
        level,
        effective_on: effectiveOn,
        rationale_en: `Rated ${level} from ${effectiveOn}.`,
        status,
        published_at: status === 'published' ? `${effectiveOn}T12:00:00Z` : null,
        author_id: users.analyst.id,
        author_label: 'Ana',
      })
      .execute();
  }

  async function edition(title: string, publishedOn: string, items: ItemInput[], status: 'published' | 'draft' = 'published') {
    const id = await storeEdition(handle.db, { title, publishedOn, author: null, commentary: null, items }, { status, sourceFormat: 'text', origin: 'editor' });
    // Published when it came out, not when this test wrote it.
    await handle.db.updateTable('editions').set({ published_at: status === 'published' ? `${publishedOn}T12:00:00Z` : null }).where('id', '=', id).execute();
  }

  beforeAll(async () => {
    handle = await createTestDb(kind);
    const add = async (who: Who, role: SessionUser['role'], org?: string) => {
      const u = await addUser(handle.db, { email: `${who}@example.com`, password: 'correct horse battery', role, name: who, ...(org ? { org } : {}) });
      users[who] = { id: u.id, email: u.email, name: who, role, orgId: u.orgId };
    };
    await add('analyst', 'analyst');
    await add('manager', 'account_manager');
    await add('admin', 'admin');
    await add('norte', 'client', 'norte');
    await add('acme', 'client', 'acme');
    await add('bajio', 'client', 'bajio');
    orgs.norte = users.norte.orgId;
    orgs.acme = users.acme.orgId;
    orgs.bajio = users.bajio.orgId;
    await handle.db.updateTable('orgs').set({ name: 'Norte Logistics', watchlist: ['MX-SIN', 'MX-CHH'] }).where('id', '=', orgs.norte).execute();
    await handle.db.insertInto('account_assignments').values([{ user_id: users.manager.id, org_id: orgs.norte }, { user_id: users.manager.id, org_id: orgs.bajio }]).execute();
    await handle.db
      .insertInto('sites')
      .values([
        { org_id: orgs.norte, name: 'Culiacán plant', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: 24.8091, lon: -107.394, type: 'plant' },
        { org_id: orgs.norte, name: 'Mazatlán warehouse', state: 'MX-SIN', locality: 'MX-SIN/mazatlan', type: 'warehouse' },
        { org_id: orgs.norte, name: 'Hermosillo office', state: 'MX-SON', type: 'office' },
        { org_id: orgs.norte, name: 'Monterrey office', state: 'MX-NLE', type: 'office' },
        { org_id: orgs.acme, name: 'Acme Tijuana', state: 'MX-BCN' },
        { org_id: orgs.bajio, name: 'León plant', state: 'MX-GUA' },
      ])
      .execute();

    await rating('MX-SIN', 3, '2025-01-10');
    await rating('MX-SIN', 4, '2025-04-01');
    await rating('MX-SIN', 5, '2025-06-03');
    await rating('MX-SIN/mazatlan', 2, '2025-05-01');
    await rating('MX-SIN', 5, '2025-06-01', 'violence');
    await rating('MX-SON', 4, '2025-02-01');
    await rating('MX-SON', 5, '2025-06-10', 'overall', 'draft'); // a draft is nobody's level
    await rating('MX-SON', 2, '2025-07-01'); // not yet in force on D
    await rating('MX-GUA', 4, '2025-01-01');
    await rating('MX-GUA', 3, '2025-06-02');
    await rating('MX-BCN', 3, '2025-01-01');
    await handle.db
      .insertInto('reference_levels')
      .values([
        { source: 'us-travel-advisory', scope: 'MX-SIN', level: 4, scale_max: 4, label: 'Do not travel', issuer: 'US Department of State', as_of: '2025-01-01', source_urls: ['https://travel.state.gov/'] },
        { source: 'us-travel-advisory', scope: 'MX-SIN', level: 3, scale_max: 4, label: 'Reconsider travel', issuer: 'US Department of State', as_of: '2025-08-01' },
      ])
      .execute();

    await edition('Week of 20 June', '2025-06-20', [
      item('Clashes in Culiacán close the highway', '2025-06-18', ['MX-SIN'], 'Gunmen blocked roads around Culiacán.'),
      item('Port of Mazatlán tightens inspections', '2025-06-01', ['MX-SIN', 'MX-SON'], 'Customs at Mazatlán and Guaymas.'),
      item('Older Sinaloa item', '2025-05-10', ['MX-SIN']),
      item('Monterrey extortion arrests', '2025-06-19', ['MX-NLE']),
      item('Tijuana this week', '2025-06-04', ['MX-BCN']),
    ]);
    await edition('Unpublished draft', '2025-06-20', [item('Draft about Culiacán', '2025-06-19', ['MX-SIN'])], 'draft');
  });
  afterAll(() => handle.close());

  it('gives each site its effective level, from its locality or its state, and its change over 30 and 90 days', async () => {
    const page = await as('norte').exposure.get({ orgId: orgs.norte, date: D });
    const site = (name: string) => page.sites.find((s) => s.name === name);
    expect(site('Culiacán plant')).toMatchObject({ level: { level: 5, from: 'state' }, before: { days30: 4, days90: 3 }, locality: 'MX-SIN/culiacan' });
    expect(site('Mazatlán warehouse')).toMatchObject({ level: { level: 2, from: 'locality' }, before: { days30: 2, days90: 3 } });
    expect(site('Hermosillo office')).toMatchObject({ level: { level: 4, from: 'state' }, before: { days30: 4, days90: 4 } });
    // Never rated: "not rated", never level 1.
    expect(site('Monterrey office')).toMatchObject({ level: null, before: { days30: null, days90: null } });
    expect(site('Culiacán plant')?.categories).toEqual([{ category: 'violence', level: 5, from: 'state', demo: false }]);
    // The rating behind each level comes with its rationale.
    const culiacan = page.ratings.find((r) => r.id === site('Culiacán plant')?.level?.ratingId);
    expect(culiacan).toMatchObject({ scope: 'MX-SIN', level: 5, effectiveOn: '2025-06-03', rationaleEn: 'Rated 5 from 2025-06-03.' });

    expect(page.summary).toMatchObject({ sites: 4, byLevel: { 5: 1, 4: 1, 2: 1 }, notRated: 1, latestChange: { scope: 'MX-SIN', from: 4, to: 5, effectiveOn: '2025-06-03' }, otherChanges: 0 });
    const summary = page.summary;
    expect(exposureHeadline(summary, 'en')).toBe('4 sites: 1 extreme, 1 high, 1 moderate, 1 not rated; Sinaloa raised to extreme on 3 June');
    expect(exposureHeadline(summary, 'es')).toBe('4 instalaciones: 1 extrema, 1 alta, 1 moderada, 1 sin calificar; Sinaloa subió a extremo el 3 de junio');
  });

  it('counts the published items of the last 7 and 30 days about each state and, by name, each locality', async () => {
    const page = await as('norte').exposure.get({ orgId: orgs.norte, date: D });
    const site = (name: string) => page.sites.find((s) => s.name === name);
    expect(page.windows).toEqual({ days7: { from: '2025-06-14', to: D }, days30: { from: '2025-05-22', to: D } });
    expect(site('Culiacán plant')?.items).toEqual({ state: { days7: 1, days30: 2 }, locality: { days7: 1, days30: 1 } });
    expect(site('Mazatlán warehouse')?.items).toEqual({ state: { days7: 1, days30: 2 }, locality: { days7: 0, days30: 1 } });
    expect(site('Hermosillo office')?.items).toEqual({ state: { days7: 0, days30: 1 }, locality: null });
    expect(site('Monterrey office')?.items.state).toEqual({ days7: 1, days30: 1 });
  });

  it('lists the states of the sites and the watchlist with their level and the US advisory in force, kept apart', async () => {
    const page = await as('norte').exposure.get({ orgId: orgs.norte, date: D });
    expect(page.states.map((s) => [s.state, s.level, s.sites, s.watchlist])).toEqual([
      ['MX-CHH', null, 0, true],
      ['MX-NLE', null, 1, false],
      ['MX-SIN', 5, 2, true],
      ['MX-SON', 4, 1, false],
    ]);
    const sinaloa = page.states.find((s) => s.state === 'MX-SIN');
    // The vintage of 1 August is not yet published on 20 June.
    expect(sinaloa?.advisory).toEqual({ level: 4, scaleMax: 4, label: 'Do not travel', asOf: '2025-01-01', issuer: 'US Department of State', sourceUrls: ['https://travel.state.gov/'], confidence: null, note: null });
    expect(page.states.find((s) => s.state === 'MX-SON')?.advisory).toBeNull();
    // The computed signals come with each state: no case-file figures in this fixture, so that one has no data.
    expect(sinaloa?.signals).toMatchObject({ caseFiles: 'no-data', items: expect.stringMatching(/^(red|amber|green)$/) });
  });

  it('shows a past date with the levels of that time', async () => {
    const page = await as('norte').exposure.get({ orgId: orgs.norte, date: '2025-03-01' });
    expect(page.sites.find((s) => s.name === 'Culiacán plant')?.level).toMatchObject({ level: 3, from: 'state' });
    expect(page.sites.find((s) => s.name === 'Mazatlán warehouse')?.level).toMatchObject({ level: 3, from: 'state' });
    // Sonora was first rated on 1 February, within the 30 days before.
    expect(page.summary.latestChange).toEqual({ scope: 'MX-SON', from: null, to: 4, effectiveOn: '2025-02-01' });
  });

  it('puts the organisations most affected this week first: sites raised, then lowered, then new items', async () => {
    // The week of 30 May – 5 June: Sinaloa raised on 3 June (Culiacán; Mazatlán keeps its own rating), Guanajuato lowered on 2 June.
    const admin = await as('admin').portfolio.get({ date: '2025-06-05' });
    expect(admin.week).toEqual({ from: '2025-05-30', to: '2025-06-05' });
    expect(admin.orgs.map((o) => o.name)).toEqual(['Norte Logistics', 'Bajio', 'Acme']);
    const [norte, bajio, acme] = admin.orgs;
    expect(norte).toMatchObject({ sites: 4, raisedSites: 1, loweredSites: 0, byLevel: { 5: 1, 4: 1, 2: 1 }, notRated: 1, changes: [{ scope: 'MX-SIN', from: 4, to: 5, effectiveOn: '2025-06-03' }], newItems: 1 });
    expect(bajio).toMatchObject({ sites: 1, raisedSites: 0, loweredSites: 1, changes: [{ scope: 'MX-GUA', from: 4, to: 3 }], newItems: 0 });
    expect(acme).toMatchObject({ sites: 1, raisedSites: 0, loweredSites: 0, changes: [], newItems: 1 });
    // A city rated on its own for the first time moves its sites off their state's level: Mazatlán from 4 to 2.
    const may = await as('admin').portfolio.get({ date: '2025-05-03' });
    expect(may.orgs[0]).toMatchObject({ name: 'Norte Logistics', raisedSites: 0, loweredSites: 1, changes: [{ scope: 'MX-SIN/mazatlan', from: null, to: 2, effectiveOn: '2025-05-01' }] });
    // An account manager sees only the organisations assigned to them.
    const manager = await as('manager').portfolio.get({ date: '2025-06-05' });
    expect(manager.orgs.map((o) => o.name)).toEqual(['Norte Logistics', 'Bajio']);
  });

  it('shows what was published since the previous visit, per user, and a reload keeps showing it', async () => {
    const visit = () => as('norte').exposure.sinceLastVisit({ orgId: orgs.norte });
    const first = await visit();
    expect(first.previousVisit).toBeNull();
    expect(first.states).toEqual(['MX-CHH', 'MX-NLE', 'MX-SIN', 'MX-SON']);
    // Everything in the fixture came out in 2025: nothing in the last week.
    expect([first.editions, first.levelChanges, first.items]).toEqual([[], [], []]);
    expect(await as('norte').exposure.markVisit({ orgId: orgs.norte })).toEqual({ previousVisit: null });

    // Two hours later, the firm publishes.
    await handle.db.updateTable('exposure_visits').set({ seen_at: sql<Date>`now() - interval '2 hours'` }).where('user_id', '=', users.norte.id).execute();
    const [{ seen }] = (await sql<{ seen: Date }>`select seen_at as seen from exposure_visits where user_id = ${users.norte.id}`.execute(handle.db)).rows as [{ seen: Date }];
    await as('analyst').levels.create({ scope: 'MX-SON', category: 'overall', level: 5, effectiveOn: D, rationaleEn: 'Highway attacks.', publish: true });
    await as('analyst').levels.create({ scope: 'MX-BCN', category: 'overall', level: 4, effectiveOn: D, rationaleEn: 'Elsewhere.', publish: true });
    const newsId = await storeEdition(
      handle.db,
      { title: 'Week of 27 June', publishedOn: '2025-06-27', author: null, commentary: null, items: [item('Sonora highway attack', '2025-06-26', ['MX-SON']), item('Baja item', '2025-06-26', ['MX-BCN'])] },
      { status: 'published', sourceFormat: 'text', origin: 'editor' },
    );

    const since = await visit();
    expect(since.previousVisit?.getTime()).toBe(seen.getTime());
    expect(since.editions).toEqual([expect.objectContaining({ id: newsId, title: 'Week of 27 June', items: 1, demo: false })]);
    expect(since.levelChanges).toEqual([expect.objectContaining({ scope: 'MX-SON', category: 'overall', from: 4, to: 5, effectiveOn: D, sites: ['Hermosillo office'] })]);
    expect(since.items.map((i) => i.headline)).toEqual(['Sonora highway attack']);
    expect(since.itemsTotal).toBe(1);

    // Opening the page records the visit but, within the same visit, keeps counting from the one before.
    expect((await as('norte').exposure.markVisit({ orgId: orgs.norte })).previousVisit?.getTime()).toBe(seen.getTime());
    expect((await visit()).levelChanges).toHaveLength(1);
    // Another user's visits are their own: the manager has never opened Norte's page.
    expect((await as('manager').exposure.sinceLastVisit({ orgId: orgs.norte })).previousVisit).toBeNull();
    // And another organisation sees its own places only.
    await as('acme').exposure.markVisit({ orgId: orgs.acme });
    await handle.db.updateTable('exposure_visits').set({ seen_at: sql<Date>`now() - interval '1 hour'` }).where('user_id', '=', users.acme.id).execute();
    const acme = await as('acme').exposure.sinceLastVisit({ orgId: orgs.acme });
    expect(acme.levelChanges.map((c) => c.scope)).toEqual(['MX-BCN']);
    expect(acme.items.map((i) => i.headline)).toEqual(['Baja item']);
  });
});

describe.each(testBackends())('tenant isolation of sites and exposure on %s', (kind) => {
  let handle: Db;
  const users = {} as Record<'norte' | 'acme' | 'manager' | 'admin', SessionUser>;
  const ctxOf = (user: SessionUser | null, share = false): Context => {
    const ctx: Context = testContext(handle, user);
    if (share) ctx.share = { linkId: 1, filter: { states: ['MX-SIN'], topics: [], orgs: [] }, viewName: 'v', expiresAt: new Date(Date.now() + 86_400_000) };
    return ctx;
  };
  const as = (who: keyof typeof users) => createCaller(ctxOf(users[who]));

  beforeAll(async () => {
    handle = await createTestDb(kind);
    for (const [who, role, org] of [['norte', 'client', 'norte'], ['acme', 'client', 'acme'], ['manager', 'account_manager', undefined], ['admin', 'admin', undefined]] as const) {
      const u = await addUser(handle.db, { email: `${who}@example.com`, password: 'correct horse battery', role, ...(org ? { org } : {}) });
      users[who] = { id: u.id, email: u.email, name: who, role, orgId: u.orgId };
    }
    await handle.db.insertInto('account_assignments').values({ user_id: users.manager.id, org_id: users.norte.orgId }).execute();
    await handle.db.insertInto('sites').values([
      { org_id: users.norte.orgId, name: 'Norte secret depot', state: 'MX-SIN' },
      { org_id: users.acme.orgId, name: 'Acme secret mine', state: 'MX-ZAC' },
    ]).execute();
  });
  afterAll(() => handle.close());

  it('never gives a client another organisation’s sites, exposure or visits, nor says whether it exists', async () => {
    const norte = users.norte.orgId;
    const acme = as('acme');
    expect(await acme.exposure.orgs()).toEqual([{ id: users.acme.orgId, name: 'Acme' }]);
    for (const attempt of [
      () => acme.exposure.get({ orgId: norte }),
      () => acme.exposure.sinceLastVisit({ orgId: norte }),
      () => acme.exposure.markVisit({ orgId: norte }),
      () => acme.admin.sites({ orgId: norte }),
      () => acme.exposure.get({ orgId: 999_999 }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.not.stringContaining('secret') });
    }
    await expect(acme.admin.importSites({ orgId: norte, csv: 'name,state\nx,MX-SIN\n' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(acme.portfolio.get({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The failed markVisit wrote nothing.
    expect(await handle.db.selectFrom('exposure_visits').selectAll().execute()).toEqual([]);
    const own = await acme.exposure.get({ orgId: users.acme.orgId });
    expect(own.sites.map((s) => s.name)).toEqual(['Acme secret mine']);
  });

  it('gives an account manager only the organisations assigned, and a share link none of it', async () => {
    const manager = as('manager');
    expect((await manager.exposure.orgs()).map((o) => o.name)).toEqual(['Norte']);
    await expect(manager.exposure.get({ orgId: users.acme.orgId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await manager.portfolio.get({})).orgs.map((o) => o.name)).toEqual(['Norte']);
    expect((await as('admin').exposure.orgs()).map((o) => o.name)).toEqual(['Acme', 'Norte']);
    const shared = createCaller(ctxOf(null, true));
    const norte = { orgId: users.norte.orgId };
    for (const attempt of [() => shared.exposure.orgs(), () => shared.exposure.get(norte), () => shared.exposure.sinceLastVisit(norte), () => shared.exposure.markVisit(norte), () => shared.portfolio.get({}), () => shared.admin.sites(norte)]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });
});
