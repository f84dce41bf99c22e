import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, NewAssessment } from '../src/index.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

describe.each(testBackends())('risk assessments on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
  });
  afterAll(() => handle.close());

  const rating = (extra: Partial<NewAssessment> = {}): NewAssessment => ({
    scope: 'MX-SIN',
    state: 'MX-SIN',
    category: 'overall',
    level: 4,
    effective_on: '2025-06-03',
    rationale_en: 'Fighting between cartel factions around Culiacán.',
    ...extra,
  });
  const insert = (extra: Partial<NewAssessment> = {}) => handle.db.insertInto('assessments').values(rating(extra)).returning('id').executeTakeFirstOrThrow();

  it('refuses levels outside 1–5, unknown categories, a scope outside its state and an empty rationale', async () => {
    await expect(insert({ level: 0 })).rejects.toThrow(/check/i);
    await expect(insert({ level: 6 })).rejects.toThrow(/check/i);
    await expect(insert({ category: 'weather' as 'overall' })).rejects.toThrow(/check/i);
    await expect(insert({ scope: 'MX-SIN/culiacan', state: 'MX-SON' })).rejects.toThrow(/check/i);
    await expect(insert({ scope: 'Sinaloa' })).rejects.toThrow(/check/i);
    await expect(insert({ rationale_en: '  ' })).rejects.toThrow(/check/i);
    await expect(insert({ status: 'published' })).rejects.toThrow(/check/i); // published without a time
    expect((await insert({ scope: 'MX-SIN/culiacan' })).id).toBeGreaterThan(0);
  });

  it('lets a draft be published, and never changes or deletes a published rating', async () => {
    const { id } = await insert();
    await handle.db.updateTable('assessments').set({ status: 'published', published_at: new Date() }).where('id', '=', id).execute();
    await expect(handle.db.updateTable('assessments').set({ level: 2 }).where('id', '=', id).execute()).rejects.toThrow(/cannot be changed/);
    await expect(handle.db.deleteFrom('assessments').where('id', '=', id).execute()).rejects.toThrow(/cannot be deleted/);
    const draft = await insert();
    await handle.db.deleteFrom('assessments').where('id', '=', draft.id).execute();
    const row = await handle.db.selectFrom('assessments').select(['level', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ level: 4, status: 'published' });
  });

  it('keeps a site locality inside the site state', async () => {
    const org = await handle.db.insertInto('orgs').values({ slug: 'acme', name: 'Acme', kind: 'client' }).returning('id').executeTakeFirstOrThrow();
    const site = { org_id: org.id, name: 'Plant', state: 'MX-SIN' };
    await expect(handle.db.insertInto('sites').values({ ...site, locality: 'MX-SON/hermosillo' }).execute()).rejects.toThrow(/check/i);
    await handle.db.insertInto('sites').values({ ...site, locality: 'MX-SIN/culiacan' }).execute();
  });
});
