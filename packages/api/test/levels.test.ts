import type { Db } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { RISK_CATEGORIES, STATE_ISO_CODES, ratingAsOf } from '@atalaya/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { ratingsAsOf } from '../src/services/levels.ts';
import { addUser } from '../src/services/users.ts';
import { tableCounts, testContext } from './helpers.ts';

describe.each(testBackends())('risk levels on %s', (kind) => {
  let handle: Db;
  let analyst: SessionUser;
  let clientOrg: number;
  const api = () => createCaller(testContext(handle, analyst));

  beforeAll(async () => {
    handle = await createTestDb(kind);
    const a = await addUser(handle.db, { email: 'ana@example.com', password: 'correct horse battery', role: 'analyst', name: 'Ana' });
    analyst = { id: a.id, email: a.email, name: 'Ana', role: 'analyst', orgId: a.orgId };
    const c = await addUser(handle.db, { email: 'cli@example.com', password: 'correct horse battery', role: 'client', org: 'norte' });
    clientOrg = c.orgId;
    await handle.db
      .insertInto('sites')
      .values([
        { org_id: clientOrg, name: 'Culiacán plant', state: 'MX-SIN', locality: 'MX-SIN/culiacan' },
        { org_id: clientOrg, name: 'Mazatlán warehouse', state: 'MX-SIN', locality: 'MX-SIN/mazatlan' },
        { org_id: clientOrg, name: 'Hermosillo office', state: 'MX-SON' },
      ])
      .execute();
  });
  afterAll(() => handle.close());

  it('publishes a rating with its rationale and evidence, audited, and shows it as of its effective date only', async () => {
    const rating = await api().levels.create({ scope: 'MX-SIN', category: 'overall', level: 4, effectiveOn: '2025-05-01', rationaleEn: 'Faction war in the capital.', publish: true });
    expect(rating).toMatchObject({ level: 4, status: 'published', rationaleEs: null, author: 'Ana' });
    const raised = await api().levels.create({ scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: '2025-06-03', rationaleEn: 'Attacks on highways and businesses.', rationaleEs: 'Ataques en carreteras y comercios.' });
    expect(raised.status).toBe('draft');
    const before = await api().levels.states({ date: '2025-06-30' });
    expect(before.find((s) => s.state === 'MX-SIN')?.rating?.level).toBe(4);
    expect(before.find((s) => s.state === 'MX-SON')?.rating).toBeNull(); // not rated, never level 1
    await api().levels.publish({ id: raised.id });
    const after = await api().levels.states({ date: '2025-06-30' });
    expect(after.find((s) => s.state === 'MX-SIN')?.rating?.level).toBe(5);
    const past = await api().levels.states({ date: '2025-05-15' });
    expect(past.find((s) => s.state === 'MX-SIN')?.rating?.level).toBe(4);
    const earlier = await api().levels.states({ date: '2025-04-30' });
    expect(earlier.find((s) => s.state === 'MX-SIN')?.rating).toBeNull();
    const history = await api().levels.history({ scope: 'MX-SIN' });
    expect(history.map((h) => h.level)).toEqual([5, 4]);
    const actions = await handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'assessment').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['levels.publish', 'levels.draft', 'levels.publish']);
    await expect(api().levels.publish({ id: raised.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api().levels.discard({ id: raised.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('previews which client sites a rating would move, with a rated locality taking precedence over its state', async () => {
    await api().levels.create({ scope: 'MX-SIN/mazatlan', category: 'overall', level: 3, effectiveOn: '2025-06-10', rationaleEn: 'The port city stays calmer.', publish: true });
    const preview = await api().levels.preview({ scope: 'MX-SIN', category: 'overall', level: 3, effectiveOn: '2025-07-01' });
    expect(preview.current).toBe(5);
    // Culiacán follows the state (5 → 3); Mazatlán keeps its own rating (3), so it does not move.
    expect(preview.orgs).toEqual([{ orgId: clientOrg, orgName: 'Norte', sites: [expect.objectContaining({ name: 'Culiacán plant', from: 5, to: 3 })] }]);
    expect(preview.siteCount).toBe(1);
    const sonora = await api().levels.preview({ scope: 'MX-SON', category: 'overall', level: 2, effectiveOn: '2025-07-01' });
    expect(sonora.orgs[0]?.sites).toEqual([expect.objectContaining({ name: 'Hermosillo office', from: null, to: 2 })]);
  });

  it('refuses a bad level, an unknown state or locality, an unpublished item as evidence, and writes nothing', async () => {
    const counts = await tableCounts(handle.db);
    const base = { scope: 'MX-SIN', category: 'overall' as const, level: 3, effectiveOn: '2025-07-01', rationaleEn: 'x' };
    await expect(api().levels.create({ ...base, level: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/1 \(low\) to 5/) });
    await expect(api().levels.create({ ...base, level: 6 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api().levels.create({ ...base, scope: 'MX-XXX' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('Unknown place') });
    await expect(api().levels.create({ ...base, scope: 'MX-SIN/atlantis' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api().levels.create({ ...base, effectiveOn: '2025-02-30' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api().levels.create({ ...base, rationaleEn: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api().levels.create({ ...base, evidence: [987_654] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('987654') });
    expect(await tableCounts(handle.db)).toEqual(counts);
    expect(Number((await handle.db.selectFrom('assessments').select((eb) => eb.fn.countAll().as('n')).where('rationale_en', '=', 'x').executeTakeFirstOrThrow()).n)).toBe(0);
  });

  it('answers "the level of X on D" exactly as a scan of the history does, for random histories', async () => {
    const scopes = ['MX-SON', 'MX-CHH', 'MX-CHH/ciudad-juarez'];
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const zRow = fc.record({
      scope: fc.constantFrom(...scopes),
      category: fc.constantFrom(...RISK_CATEGORIES.slice(0, 2)),
      level: fc.integer({ min: 1, max: 5 }),
      effective: fc.integer({ min: 0, max: 60 }),
      published: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(zRow, { maxLength: 25 }), fc.array(fc.integer({ min: -5, max: 70 }), { minLength: 1, maxLength: 5 }), async (rows, dates) => {
        // Published rows are append-only, so runs pile up: the oracle scans the whole table as it stands.
        await handle.db.deleteFrom('assessments').where('status', '=', 'draft').execute();
        for (const r of rows) {
          await handle.db
            .insertInto('assessments')
            .values({ scope: r.scope, state: r.scope.slice(0, 6), category: r.category, level: r.level, effective_on: day(r.effective), rationale_en: 'p', status: r.published ? 'published' : 'draft', published_at: r.published ? new Date() : null })
            .execute();
        }
        const history = (await handle.db.selectFrom('assessments').select(['id', 'scope', 'category', 'level', 'effective_on', 'status']).execute()).map((r) => ({ ...r, effectiveOn: r.effective_on }));
        for (const d of dates) {
          const date = day(d);
          const sql = await ratingsAsOf(handle.db, { date, scopes });
          for (const scope of scopes) {
            for (const category of RISK_CATEGORIES.slice(0, 2)) {
              const expected = ratingAsOf(history, scope, category, date);
              const got = sql.find((r) => r.scope === scope && r.category === category);
              expect(got?.id).toBe(expected?.id);
            }
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('lists the grid of every state and category for analysts', async () => {
    const grid = await api().levels.grid({ date: '2025-07-01' });
    expect(grid.states).toHaveLength(STATE_ISO_CODES.length);
    expect(grid.categories).toEqual(RISK_CATEGORIES);
    expect(grid.states.find((s) => s.state === 'MX-SIN')?.ratings.overall?.level).toBe(5);
  });
});
