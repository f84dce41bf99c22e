import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Db } from '../src/index.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

describe.each(testBackends())('constraints and search on %s', (kind) => {
  let handle: Db;
  let editionId: number;

  beforeAll(async () => {
    handle = await createTestDb(kind);
    const edition = await handle.db
      .insertInto('editions')
      .values({ title: 'Test edition', published_on: '2025-03-12', source_format: 'text', status: 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    editionId = edition.id;
  });
  afterAll(() => handle.close());

  const item = (position: number, extra: Record<string, unknown> = {}) => ({
    edition_id: editionId,
    position,
    headline: 'Navy seizes methamphetamine in Manzanillo',
    summary: 'Marines found several tonnes of methamphetamine in containers bound for Asia.',
    item_date: '2025-03-10',
    ...extra,
  });

  it('stores dates as plain YYYY-MM-DD strings', async () => {
    const row = await handle.db.selectFrom('editions').select('published_on').where('id', '=', editionId).executeTakeFirstOrThrow();
    expect(row.published_on).toBe('2025-03-12');
  });

  it('rejects an item with an empty headline, a bad language or a duplicate position', async () => {
    await handle.db.insertInto('items').values(item(0)).execute();
    await expect(handle.db.insertInto('items').values(item(1, { headline: '   ' })).execute()).rejects.toThrow(/check/i);
    await expect(handle.db.insertInto('items').values(item(2, { language: 'fr' as 'en' })).execute()).rejects.toThrow(/check/i);
    await expect(handle.db.insertInto('items').values(item(0)).execute()).rejects.toThrow(/unique|duplicate/i);
    await expect(handle.db.insertInto('items').values(item(3, { url: 'javascript:alert(1)' })).execute()).rejects.toThrow(/check/i);
  });

  it('rejects unknown places and states', async () => {
    const { id } = await handle.db.insertInto('items').values(item(10)).returning('id').executeTakeFirstOrThrow();
    await handle.db
      .insertInto('item_places')
      .values([
        { item_id: id, place: 'MX-SIN', origin: 'editor' },
        { item_id: id, place: 'MX', origin: 'editor' },
        { item_id: id, place: 'US', origin: 'extracted', confidence: 0.8 },
      ])
      .execute();
    await expect(
      handle.db.insertInto('item_places').values({ item_id: id, place: 'MX-XXX', origin: 'editor' }).execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      handle.db.insertInto('item_places').values({ item_id: id, place: 'MX-SON', origin: 'guess' as 'editor' }).execute(),
    ).rejects.toThrow(/check/i);
  });

  it('rejects observations without provenance, with reversed periods or NaN', async () => {
    await handle.db
      .insertInto('metric_series')
      .values({ key: 'prisoner_transfers', unit: 'people', label_en: 'Transfers', label_es: 'Traslados', aggregation: 'sum', source_kind: 'official', family: 'transfer', source: 'Gabinete de Seguridad', dimension: null })
      .execute();
    const base = { series_key: 'prisoner_transfers', place: 'MX', period_start: '2025-02-27', period_end: '2025-02-27', value: 29, unit: 'people', confidence: 'high' as const };
    await handle.db.insertInto('observations').values({ ...base, dataset: 'transfers', dataset_row: '1' }).execute();
    await expect(handle.db.insertInto('observations').values(base).execute()).rejects.toThrow(/provenance/);
    await expect(
      handle.db.insertInto('observations').values({ ...base, dataset: 'transfers', dataset_row: '2', period_end: '2025-01-01' }).execute(),
    ).rejects.toThrow(/period_order/);
    await expect(
      handle.db.insertInto('observations').values({ ...base, dataset: 'transfers', dataset_row: '3', value: Number.NaN }).execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      handle.db.insertInto('observations').values({ ...base, dataset: 'transfers', dataset_row: '1' }).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(
      handle.db.insertInto('observations').values({ ...base, series_key: 'nope', dataset: 'transfers', dataset_row: '4' }).execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it('rejects users with upper-case emails or unknown roles', async () => {
    const org = await handle.db.insertInto('orgs').values({ slug: 'acme', name: 'Acme', kind: 'client' }).returning('id').executeTakeFirstOrThrow();
    await expect(
      handle.db.insertInto('users').values({ email: 'Ana@Example.com', name: 'Ana', role: 'client', org_id: org.id, password_hash: null }).execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      handle.db.insertInto('users').values({ email: 'ana@example.com', name: 'Ana', role: 'root' as 'admin', org_id: org.id, password_hash: null }).execute(),
    ).rejects.toThrow(/check/i);
  });

  it('finds items by English and Spanish word forms in the stored search vector', async () => {
    await handle.db
      .insertInto('items')
      .values(item(20, { headline: 'Mexico extradites cartel leaders', original_title: 'México envía a capos extraditados', summary: 'Twenty-nine prisoners were transferred.' }))
      .execute();
    const search = async (q: string, config: 'english' | 'spanish') =>
      (
        await handle.db
          .selectFrom('items')
          .select('position')
          .where(sql<boolean>`search @@ websearch_to_tsquery(${sql.lit(config)}, ${q})`)
          .orderBy('position')
          .execute()
      ).map((r) => r.position);
    expect(await search('extradition', 'english')).toEqual([20]);
    expect(await search('extraditado', 'spanish')).toEqual([20]);
    expect(await search('seized', 'english')).toEqual([0, 10]);
    expect(await search('fentanyl', 'english')).toEqual([]);
  });
});
