import fc from 'fast-check';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, sql, type Database, type Db, type Kysely } from '../src/index.ts';
import * as initial from '../src/migrations/2026-11-21-01-initial.ts';
import * as rateLimits from '../src/migrations/2026-11-21-02-rate-limits.ts';
import * as accounts from '../src/migrations/2026-11-22-03-accounts.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

type AnyDb = Kysely<Database>;

// The counts as they should be, computed afresh from the base tables (each kind of cell by its own join,
// not as the triggers do it), in the tables' column order.
const PUBLISHED = `select i.id, i.item_date, item_week(i.item_date) as week from items i where i.status = 'published'`;
const PLACES = `select item_id, place from item_places where place = 'MX' or place like 'MX-%'`;
const TOPICS = `select t.item_id, g.slug from item_tags t join tags g on g.id = t.tag_id where g.kind = 'topic'`;
const ORGS = `select t.item_id, g.slug from item_tags t join tags g on g.id = t.tag_id where g.kind = 'organization'`;
const WEEKLY_CELLS = `
  select week, '' as place, '' as topic, count(*)::int as n from (${PUBLISHED}) i group by 1
  union all select i.week, p.place, '', count(*)::int from (${PUBLISHED}) i join (${PLACES}) p on p.item_id = i.id group by 1, 2
  union all select i.week, '', t.slug, count(*)::int from (${PUBLISHED}) i join (${TOPICS}) t on t.item_id = i.id group by 1, 3
  union all select i.week, p.place, t.slug, count(*)::int from (${PUBLISHED}) i
    join (${PLACES}) p on p.item_id = i.id join (${TOPICS}) t on t.item_id = i.id group by 1, 2, 3`;
const WEEKLY_PAIRS = `
  select 'place' as kind, i.week, p.place as a, q.place as b, count(*)::int as n from (${PUBLISHED}) i
    join (${PLACES}) p on p.item_id = i.id join (${PLACES}) q on q.item_id = i.id and q.place <> p.place group by 1, 2, 3, 4
  union all select 'topic', i.week, p.slug, q.slug, count(*)::int from (${PUBLISHED}) i
    join (${TOPICS}) p on p.item_id = i.id join (${TOPICS}) q on q.item_id = i.id and q.slug <> p.slug group by 1, 2, 3, 4
  union all select 'org', i.week, o.slug, '', count(*)::int from (${PUBLISHED}) i join (${ORGS}) o on o.item_id = i.id group by 1, 2, 3, 4
  union all select 'org_place', i.week, o.slug, p.place, count(*)::int from (${PUBLISHED}) i
    join (${ORGS}) o on o.item_id = i.id join (${PLACES}) p on p.item_id = i.id group by 1, 2, 3, 4
  union all select 'org_topic', i.week, o.slug, t.slug, count(*)::int from (${PUBLISHED}) i
    join (${ORGS}) o on o.item_id = i.id join (${TOPICS}) t on t.item_id = i.id group by 1, 2, 3, 4`;
const EXPECTED_COUNTS = `
  select 1 as span, week, place, topic, n from (${WEEKLY_CELLS}) c
  union all select 64, item_block(week), place, topic, sum(n)::int from (${WEEKLY_CELLS}) c group by 2, 3, 4`;
const EXPECTED_PAIRS = `
  select kind, 1 as span, week, a, b, n from (${WEEKLY_PAIRS}) c
  union all select kind, 64, item_block(week), a, b, sum(n)::int from (${WEEKLY_PAIRS}) c group by 1, 3, 4, 5`;
const EXPECTED_FACETS = `
  select i.id as item_id, i.item_date, i.status = 'published' as published,
    coalesce((select array_agg(place order by place) from (${PLACES}) p where p.item_id = i.id), '{}') as places,
    coalesce((select array_agg(slug order by slug) from (${TOPICS}) t where t.item_id = i.id), '{}') as topics,
    coalesce((select array_agg(slug order by slug) from (${ORGS}) o where o.item_id = i.id), '{}') as organizations
  from items i`;

// item_search: each facets row with its item's search vector and whether it has a confirmed figure.
const EXPECTED_SEARCH = `
  select f.*, i.search::text as search, exists (select from observations o where o.item_id = i.id and o.status = 'confirmed') as has_figures
  from (${EXPECTED_FACETS}) f join items i on i.id = f.item_id`;

async function rows(db: AnyDb, query: string, orderBy: string): Promise<unknown[]> {
  const { rows } = await sql.raw(`select * from (${query}) r order by ${orderBy}`).execute(db);
  return rows;
}

/** The aggregates and facets as stored, and as they should be. */
async function aggregates(db: AnyDb) {
  const [counts, expectedCounts, pairs, expectedPairs, facets, expectedFacets, search, expectedSearch] = await Promise.all([
    rows(db, 'select span::int, week, place, topic, n from item_counts', '1, 2, 3, 4'),
    rows(db, EXPECTED_COUNTS, '1, 2, 3, 4'),
    rows(db, 'select kind, span::int, week, a, b, n from item_pair_counts', '1, 2, 3, 4, 5'),
    rows(db, EXPECTED_PAIRS, '1, 2, 3, 4, 5'),
    rows(db, 'select * from item_facets', 'item_id'),
    rows(db, EXPECTED_FACETS, 'item_id'),
    rows(db, 'select item_id, item_date, published, places, topics, organizations, search::text as search, has_figures from item_search', 'item_id'),
    rows(db, EXPECTED_SEARCH, 'item_id'),
  ]);
  return {
    stored: { counts, pairs, facets, search },
    expected: { counts: expectedCounts, pairs: expectedPairs, facets: expectedFacets, search: expectedSearch },
  };
}

const PLACE_CODES = ['MX', 'MX-SIN', 'MX-GRO', 'MX-JAL', 'MX-SON', 'US'] as const;
const TOPIC_SLUGS = ['cartels', 'homicides', 'seizures', 'tariffs'] as const;
const FIRST_DAY = Date.parse('2023-06-01T00:00:00Z');
const day = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

async function insertTags(db: AnyDb): Promise<void> {
  await db
    .insertInto('metric_series')
    .values({ key: 'seized_kg', unit: 'kg', label_en: 'Seized', label_es: 'Asegurado', aggregation: 'sum', source_kind: 'press', family: 'seizures', source: 'test', dimension: null })
    .execute();
  await db
    .insertInto('tags')
    .values([
      ...TOPIC_SLUGS.map((slug) => ({ kind: 'topic' as const, slug, label_en: slug, label_es: slug })),
      { kind: 'organization' as const, slug: 'some-cartel', label_en: 'Some cartel', label_es: 'Un cártel' },
      { kind: 'organization' as const, slug: 'other-cartel', label_en: 'Other cartel', label_es: 'Otro cártel' },
    ])
    .execute();
}

/** A published edition and `count` items, with places and topics in separate statements as the app writes them. */
async function insertItems(db: AnyDb, count: number, seed: number): Promise<void> {
  const edition = await db
    .insertInto('editions')
    .values({ title: `Edition ${seed}`, published_on: day(900), source_format: 'demo', status: 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tags = await db.selectFrom('tags').select(['id', 'slug']).execute();
  for (let i = 0; i < count; i++) {
    const k = seed * 31 + i * 7;
    const item = await db
      .insertInto('items')
      .values({ edition_id: edition.id, position: i, headline: `Item ${seed}-${i}`, item_date: day((k * 37) % 900), status: k % 5 === 0 ? 'draft' : 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const places = PLACE_CODES.filter((_, j) => (k >> j) % 3 === 0);
    if (places.length > 0) await db.insertInto('item_places').values(places.map((place) => ({ item_id: item.id, place, origin: 'editor' as const }))).execute();
    const itemTags = tags.filter((_, j) => (k >> j) % 2 === 0);
    if (itemTags.length > 0) await db.insertInto('item_tags').values(itemTags.map((t) => ({ item_id: item.id, tag_id: t.id, origin: 'editor' as const }))).execute();
  }
}

// One write to the base tables; `target` picks an existing item (or tag) by position, whatever exists now.
type Op =
  | { op: 'insert'; status: 'draft' | 'published'; day: number; places: string[]; topics: string[]; together: boolean }
  | { op: 'date'; target: number; day: number }
  | { op: 'status'; target: number; status: 'draft' | 'published' }
  | { op: 'addPlace' | 'removePlace'; target: number; place: string }
  | { op: 'movePlace'; target: number; from: string; to: string }
  | { op: 'addTag' | 'removeTag'; target: number; tag: string }
  | { op: 'deleteItem' | 'deleteEdition'; target: number }
  | { op: 'bulkStatus'; modulo: number; status: 'draft' | 'published' }
  | { op: 'headline'; target: number; words: string }
  | { op: 'addFigure'; target: number; status: FigureStatus }
  | { op: 'figureStatus'; target: number; status: FigureStatus }
  | { op: 'deleteFigure'; target: number }
  | { op: 'tagKind'; tag: string; kind: 'topic' | 'organization' }
  | { op: 'renameTag'; tag: string }
  | { op: 'deleteTag'; tag: string };

type FigureStatus = 'proposed' | 'confirmed' | 'rejected';
const target = fc.nat({ max: 1000 });
const figureStatus = fc.constantFrom<FigureStatus>('proposed', 'confirmed', 'rejected');
const place = fc.constantFrom(...PLACE_CODES);
const tag = fc.constantFrom(...TOPIC_SLUGS, 'some-cartel', 'other-cartel');
const status = fc.constantFrom('draft' as const, 'published' as const);
const dayOffset = fc.nat({ max: 1000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    status,
    day: dayOffset,
    places: fc.uniqueArray(place, { maxLength: 4 }),
    topics: fc.uniqueArray(tag, { maxLength: 3 }),
    together: fc.boolean(),
  }),
  fc.record({ op: fc.constant('date' as const), target, day: dayOffset }),
  fc.record({ op: fc.constant('status' as const), target, status }),
  fc.record({ op: fc.constantFrom('addPlace' as const, 'removePlace' as const), target, place }),
  fc.record({ op: fc.constant('movePlace' as const), target, from: place, to: place }),
  fc.record({ op: fc.constantFrom('addTag' as const, 'removeTag' as const), target, tag }),
  fc.record({ op: fc.constantFrom('deleteItem' as const, 'deleteEdition' as const), target }),
  fc.record({ op: fc.constant('bulkStatus' as const), modulo: fc.integer({ min: 2, max: 4 }), status }),
  fc.record({ op: fc.constant('headline' as const), target, words: fc.constantFrom('Cartel leader extradited', 'Fentanyl lab dismantled', 'Aranceles y migración') }),
  fc.record({ op: fc.constant('addFigure' as const), target, status: figureStatus }),
  fc.record({ op: fc.constant('figureStatus' as const), target, status: figureStatus }),
  fc.record({ op: fc.constant('deleteFigure' as const), target }),
  fc.record({ op: fc.constant('tagKind' as const), tag, kind: fc.constantFrom('topic' as const, 'organization' as const) }),
  fc.record({ op: fc.constant('renameTag' as const), tag }),
  fc.record({ op: fc.constant('deleteTag' as const), tag }),
);

async function apply(db: AnyDb, o: Op): Promise<void> {
  const ids = (await db.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id as number);
  const itemId = 'target' in o ? ids[o.target % Math.max(ids.length, 1)] : undefined;
  const tagId = async (slug: string) => (await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst())?.id as number | undefined;
  switch (o.op) {
    case 'insert': {
      const edition = await db.selectFrom('editions').select('id').orderBy('id').executeTakeFirst();
      if (!edition) return;
      const position = sql<number>`(select coalesce(max(position), -1) + 1 from items where edition_id = ${edition.id})`;
      const values = { edition_id: edition.id, position, headline: 'New item', item_date: day(o.day), status: o.status };
      const tagIds = (await Promise.all(o.topics.map(tagId))).filter((id) => id !== undefined);
      if (o.together) {
        // Item, places and tags in one statement, as bulk loads write them.
        const ctes = [sql`new_item as (insert into items (edition_id, position, headline, item_date, status)
          values (${edition.id}, ${position}, ${values.headline}, ${values.item_date}, ${values.status}) returning id)`];
        if (o.places.length > 0) {
          ctes.push(sql`p as (insert into item_places (item_id, place, origin) select n.id, v, 'editor' from new_item n, unnest(${o.places}::text[]) v)`);
        }
        if (tagIds.length > 0) {
          ctes.push(sql`t as (insert into item_tags (item_id, tag_id, origin) select n.id, v, 'editor' from new_item n, unnest(${tagIds}::int[]) v)`);
        }
        await sql`with ${sql.join(ctes)} select 1`.execute(db);
        return;
      }
      const item = await db.insertInto('items').values(values).returning('id').executeTakeFirstOrThrow();
      if (o.places.length > 0) await db.insertInto('item_places').values(o.places.map((p) => ({ item_id: item.id, place: p, origin: 'editor' as const }))).execute();
      if (tagIds.length > 0) await db.insertInto('item_tags').values(tagIds.map((t) => ({ item_id: item.id, tag_id: t, origin: 'editor' as const }))).execute();
      return;
    }
    case 'date':
      await db.updateTable('items').set({ item_date: day(o.day) }).where('id', '=', itemId ?? 0).execute();
      return;
    case 'status':
      await db.updateTable('items').set({ status: o.status }).where('id', '=', itemId ?? 0).execute();
      return;
    case 'addPlace':
      if (itemId !== undefined) {
        await db.insertInto('item_places').values({ item_id: itemId, place: o.place, origin: 'editor' }).onConflict((oc) => oc.doNothing()).execute();
      }
      return;
    case 'removePlace':
      await db.deleteFrom('item_places').where('item_id', '=', itemId ?? 0).where('place', '=', o.place).execute();
      return;
    case 'movePlace':
      await sql`update item_places set place = ${o.to} where item_id = ${itemId ?? 0} and place = ${o.from}
        and not exists (select 1 from item_places q where q.item_id = ${itemId ?? 0} and q.place = ${o.to})`.execute(db);
      return;
    case 'addTag': {
      const id = await tagId(o.tag);
      if (itemId !== undefined && id !== undefined) {
        await db.insertInto('item_tags').values({ item_id: itemId, tag_id: id, origin: 'editor' }).onConflict((oc) => oc.doNothing()).execute();
      }
      return;
    }
    case 'removeTag':
      await db.deleteFrom('item_tags').where('item_id', '=', itemId ?? 0).where('tag_id', '=', (await tagId(o.tag)) ?? 0).execute();
      return;
    case 'deleteItem':
      await db.deleteFrom('items').where('id', '=', itemId ?? 0).execute();
      return;
    case 'deleteEdition':
      await sql`delete from editions where id = (select edition_id from items where id = ${itemId ?? 0})`.execute(db);
      return;
    case 'bulkStatus':
      await sql`update items set status = ${o.status} where id % ${o.modulo} = 0`.execute(db);
      return;
    case 'headline':
      await db.updateTable('items').set({ headline: o.words }).where('id', '=', itemId ?? 0).execute();
      return;
    case 'addFigure':
      if (itemId !== undefined) {
        await db
          .insertInto('observations')
          .values({ series_key: 'seized_kg', place: 'MX', period_start: day(1), period_end: day(1), value: 10, unit: 'kg', status: o.status, confidence: 'high', item_id: itemId })
          .execute();
      }
      return;
    case 'figureStatus':
    case 'deleteFigure': {
      const figures = await db.selectFrom('observations').select('id').where('item_id', 'is not', null).orderBy('id').execute();
      const id = figures[o.target % Math.max(figures.length, 1)]?.id ?? 0;
      if (o.op === 'figureStatus') await db.updateTable('observations').set({ status: o.status }).where('id', '=', id).execute();
      else await db.deleteFrom('observations').where('id', '=', id).execute();
      return;
    }
    case 'tagKind':
      await db.updateTable('tags').set({ kind: o.kind }).where('slug', '=', o.tag).execute();
      return;
    case 'renameTag':
      await sql`update tags set slug = slug || '-x' where slug = ${o.tag}`.execute(db);
      return;
    case 'deleteTag':
      await db.deleteFrom('tags').where('slug', '=', o.tag).execute();
      return;
  }
}

class Rollback extends Error {}

describe.each(testBackends())('pre-aggregated item counts on %s', (kind) => {
  let handle: Db;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    await insertTags(handle.db);
    await insertItems(handle.db, 25, 1);
  });
  afterAll(() => handle.close());

  it('match a fresh count after the app-like writes that built the test data', async () => {
    const { stored, expected } = await aggregates(handle.db);
    expect(stored).toEqual(expected);
    expect(stored.counts.length).toBeGreaterThan(50);
    expect(stored.pairs.length).toBeGreaterThan(10);
    expect(new Set(stored.pairs.map((p) => (p as { kind: string }).kind))).toEqual(new Set(['place', 'topic', 'org', 'org_place', 'org_topic']));
  });

  it('stay equal to a fresh count after any sequence of inserts, edits, status changes and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        // Each run starts from the same data: its writes are rolled back once checked.
        await handle.db
          .transaction()
          .execute(async (trx) => {
            for (const o of ops) await apply(trx, o);
            const { stored, expected } = await aggregates(trx);
            expect(stored).toEqual(expected);
            throw new Rollback();
          })
          .catch((error: unknown) => {
            if (!(error instanceof Rollback)) throw error;
          });
      }),
      { numRuns: kind === 'pglite' ? 100 : 50 },
    );
  }, 240_000);

  it('are rebuilt after a TRUNCATE, which fires no row triggers', async () => {
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await apply(trx, { op: 'addFigure', target: 3, status: 'confirmed' });
        await sql`truncate item_places`.execute(trx);
        expect((await aggregates(trx)).stored).toEqual((await aggregates(trx)).expected);
        await sql`truncate item_facets`.execute(trx);
        expect((await aggregates(trx)).stored).toEqual((await aggregates(trx)).expected);
        await sql`truncate observations`.execute(trx);
        expect((await aggregates(trx)).stored).toEqual((await aggregates(trx)).expected);
        await sql`truncate items cascade`.execute(trx);
        const { stored } = await aggregates(trx);
        expect(stored).toEqual({ counts: [], pairs: [], facets: [], search: [] });
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });
});

describe.each(testBackends())('the aggregates migration on %s', (kind) => {
  it('backfills the counts of the items already there', async () => {
    const handle = await createTestDb(kind, { migrate: false });
    try {
      const before = new Migrator({
        db: handle.db,
        provider: {
          getMigrations: async () => ({ '2026-11-21-01-initial': initial, '2026-11-21-02-rate-limits': rateLimits, '2026-11-22-03-accounts': accounts }),
        },
      });
      const { error } = await before.migrateToLatest();
      expect(error).toBeUndefined();
      await insertTags(handle.db);
      await insertItems(handle.db, 30, 2);
      await apply(handle.db, { op: 'addFigure', target: 4, status: 'confirmed' });
      await apply(handle.db, { op: 'addFigure', target: 5, status: 'proposed' });
      // The counts built by the aggregates migration, then rebuilt with organizations by the next one; the
      // facets and search vectors copied into item_search by the last.
      expect(await migrateToLatest(handle.db)).toEqual(['2026-11-22-04-aggregates', '2026-12-06-05-organization-counts', '2026-12-06-06-search-facets', '2026-12-08-07-sign-in-throttles', '2026-12-08-08-risk-levels', '2026-12-08-09-exposure-seen']);
      const { stored, expected } = await aggregates(handle.db);
      expect(stored).toEqual(expected);
      expect(stored.facets).toHaveLength(30);
      expect(stored.search.filter((r) => (r as { has_figures: boolean }).has_figures)).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });
});
