import type { Database, Db, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { createTestDb, testBackends } from '@atalaya/db/testing';
import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboard, previousPeriod } from '../src/services/dashboard.ts';
import { filteredItems } from '../src/services/filter-query.ts';
import { addDays, itemCounts, splitByWeeks } from '../src/services/item-counts.ts';
import { listItems } from '../src/services/items.ts';
import { publishEdition, reviewObservation, setItemPlaces, setItemTags, updateItem } from '../src/services/review.ts';
import { storeEdition } from '../src/services/store-edition.ts';
import { seedSynthetic } from '../src/services/synthetic/index.ts';
import { timelineDensity } from '../src/services/timeline.ts';

const SEIZURES = ['drug_seizure_kg', 'fentanyl_pills_seized'];

/** The filter's items, with search text matched on items' own search vectors rather than the copies in item_search. */
function referenceItems(db: Kysely<Database>, filter: Filter) {
  const { q, ...rest } = filter;
  const items = filteredItems(db, rest);
  return q ? items.where(sql<boolean>`(items.search @@ websearch_to_tsquery('english', ${q}) or items.search @@ websearch_to_tsquery('spanish', ${q}))`) : items;
}

/** The dashboard's counts as the live queries over the base tables give them (the code before the aggregates). */
async function reference(db: Kysely<Database>, filter: Filter) {
  const ids = referenceItems(db, filter).select('items.id');
  const [total, byWeek, byState, byTopic, figures] = await Promise.all([
    referenceItems(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    referenceItems(db, filter)
      .select([sql<string>`to_char(date_trunc('week', items.item_date), 'YYYY-MM-DD')`.as('key'), sql<number>`count(*)::int`.as('count')])
      .groupBy(sql`date_trunc('week', items.item_date)`)
      .orderBy('key')
      .execute(),
    db
      .selectFrom('item_places')
      .select(['place as key', sql<number>`count(*)::int`.as('count')])
      .where('item_id', 'in', ids)
      .where('place', 'like', 'MX-%')
      .groupBy('place')
      .orderBy('count', 'desc')
      .orderBy('place')
      .execute(),
    db
      .selectFrom('item_tags')
      .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
      .select(['tags.slug as key', sql<number>`count(*)::int`.as('count')])
      .where('item_tags.item_id', 'in', ids)
      .where('tags.kind', '=', 'topic')
      .groupBy('tags.slug')
      .orderBy('count', 'desc')
      .orderBy('tags.slug')
      .execute(),
    db
      .selectFrom('observations')
      .select(['series_key as series', 'dimension', 'unit', sql<number>`sum(value)`.as('total')])
      .where('series_key', 'in', SEIZURES)
      .where('status', '=', 'confirmed')
      .where('item_id', 'in', ids)
      .groupBy(['series_key', 'dimension', 'unit'])
      .orderBy('series_key')
      .orderBy('dimension')
      .execute(),
  ]);
  return { total: total.n, byWeek, byState, byTopic, figures };
}

const sortFigures = <T extends { series: string; dimension: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.series}/${a.dimension ?? ''}`.localeCompare(`${b.series}/${b.dimension ?? ''}`));

const STATES = ['MX', 'MX-SIN', 'MX-GRO', 'MX-JAL', 'MX-SON', 'MX-CMX'] as const;
const ORGS = ['cjng', 'sinaloa-cartel'] as const;
const TOPICS = ['cartels-organized-crime', 'homicides-violence', 'drug-seizures', 'extraditions-transfers', 'prisons'] as const;
// The synthetic archive below runs from about 2023 to 2026-11-18; dates reach a little beyond both ends.
const day = fc.integer({ min: 0, max: 1_400 }).map((d) => addDays('2023-01-01', d));
const filterArb: fc.Arbitrary<Filter> = fc
  .record({
    from: fc.option(day, { nil: undefined }),
    to: fc.option(day, { nil: undefined }),
    // Mostly what the aggregates answer (one state, one topic at most), sometimes more.
    states: fc.oneof({ weight: 3, arbitrary: fc.uniqueArray(fc.constantFrom(...STATES), { maxLength: 1 }) }, fc.uniqueArray(fc.constantFrom(...STATES), { maxLength: 3 })),
    topics: fc.oneof({ weight: 3, arbitrary: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 1 }) }, fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 })),
    orgs: fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>([]) }, fc.uniqueArray(fc.constantFrom(...ORGS), { minLength: 1, maxLength: 2 })),
    q: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, fc.constantFrom('cartel', 'fentanyl', 'Culiacán')),
  })
  // One organization alone, as the aggregates answer it, often enough.
  .map((f) => (f.orgs.length === 1 && f.q === undefined && (f.states.length > 0 || f.topics.length > 0) && f.from === undefined ? { ...f, states: [], topics: [] } : f))
  .map(({ from, to, ...rest }) => ({
    ...rest,
    ...(from !== undefined && to !== undefined && from > to ? { from: to, to: from } : { from, to }),
  }));

describe('splitting a date range into whole weeks', () => {
  it('keeps the part-weeks at either end apart, and nothing else', () => {
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), (a, b) => {
        const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
        const { weeks, edges } = splitByWeeks({ from, to });
        const monday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1;
        if (weeks?.from) expect(monday(weeks.from)).toBe(true);
        if (weeks?.to) expect(monday(weeks.to)).toBe(true);
        for (const e of edges) expect(e.from <= e.to).toBe(true);
        // The pieces tile the range exactly: every day is in one of them.
        const pieces = [...edges.map((e) => [e.from, e.to] as const), ...(weeks ? [[weeks.from, weeks.to ? addDays(weeks.to, 6) : undefined] as const] : [])];
        const probe = [from, to, from && addDays(from, 3), to && addDays(to, -3)].filter((d): d is string => d !== undefined && (!from || d >= from) && (!to || d <= to));
        for (const d of probe) {
          expect(pieces.filter(([f, t]) => (f === undefined || d >= f) && (t === undefined || d <= t))).toHaveLength(1);
        }
      }),
    );
  });
});

describe.each(testBackends())('dashboard counts on %s', (kind) => {
  let handle: Db;
  let db: Kysely<Database>;
  beforeAll(async () => {
    handle = await createTestDb(kind);
    db = handle.db;
    await seedSynthetic(db, { items: 1_500, observations: 3_000, seed: 3 });
    // Some unpublished items, so that status matters.
    await sql`update items set status = 'draft' where id % 17 = 0`.execute(db);
  }, 120_000);
  afterAll(() => handle.close());

  it('from the pre-aggregated counts equal the live counts for any filter', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (filter) => {
        const [counts, expected] = await Promise.all([itemCounts(db, filter, { figures: SEIZURES }), reference(db, filter)]);
        expect({ total: counts.total, byWeek: counts.byWeek, byState: counts.byState, byTopic: counts.byTopic }).toEqual({
          total: expected.total,
          byWeek: expected.byWeek,
          byState: expected.byState,
          byTopic: expected.byTopic,
        });
        expect(sortFigures(counts.figures)).toEqual(sortFigures(expected.figures));
      }),
      { numRuns: kind === 'pglite' ? 80 : 40 },
    );
  }, 240_000);

  it('give the timeline strip and the pages of items the live results', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, async (filter) => {
        const { from: _from, to: _to, ...undated } = filter;
        expect(await timelineDensity(db, filter)).toEqual((await reference(db, undated)).byWeek);
        const page = await listItems(db, { filter, limit: 20 });
        const expected = await referenceItems(db, filter).select('items.id').orderBy('items.item_date', 'desc').orderBy('items.id', 'desc').limit(21).execute();
        expect(page.items.map((i) => i.id)).toEqual(expected.slice(0, 20).map((r) => r.id));
        expect(page.nextCursor !== null).toBe(expected.length > 20);
      }),
      { numRuns: kind === 'pglite' ? 40 : 20 },
    );
  }, 240_000);

  it('stay equal to the live counts through an analyst’s edits and publication', async () => {
    const ctx = { db, user: null, requestId: 'test' };
    const editionId = await storeEdition(
      db,
      {
        title: 'Late edition',
        publishedOn: '2026-11-25',
        author: 'Test',
        commentary: null,
        items: [1, 2, 3].map((n) => ({
          headline: `Late item ${n}`,
          summary: 'Gunmen attacked a convoy near Culiacán.',
          date: '2026-11-2' + n,
          outlet: 'Reforma',
          articleAuthor: null,
          originalTitle: null,
          url: null,
          language: 'es' as const,
          places: ['MX-SIN'],
          topics: ['homicides-violence'],
          organizations: [],
          people: [],
          // A proposed figure: it counts once an analyst confirms it.
          metrics: n === 1 ? [{ series: 'drug_seizure_kg', value: 1200, unit: 'kg', place: 'MX-SIN', periodStart: '2026-11-21', periodEnd: '2026-11-21', dimension: 'cocaine' }] : [],
        })),
      },
      { status: 'draft', sourceFormat: 'text', origin: 'extracted' },
    );
    const filters: Filter[] = [
      EMPTY_FILTER,
      { ...EMPTY_FILTER, states: ['MX-SIN'] },
      { ...EMPTY_FILTER, topics: ['homicides-violence'], from: '2026-11-01' },
      { ...EMPTY_FILTER, states: ['MX-SIN'], topics: ['prisons'] },
      { ...EMPTY_FILTER, q: 'convoy' },
      { ...EMPTY_FILTER, q: 'narcosubmarine' },
    ];
    const check = async () => {
      for (const f of filters) {
        const counts = await itemCounts(db, f, { figures: SEIZURES });
        const expected = await reference(db, f);
        expect([counts.total, counts.byWeek, counts.byState, counts.byTopic]).toEqual([expected.total, expected.byWeek, expected.byState, expected.byTopic]);
        expect(sortFigures(counts.figures)).toEqual(sortFigures(expected.figures));
      }
    };
    const before = await itemCounts(db, EMPTY_FILTER);
    await check();
    const [first, second] = await db.selectFrom('items').select('id').where('edition_id', '=', editionId).orderBy('position').execute();
    await setItemPlaces(ctx, first?.id ?? 0, ['MX-SIN', 'MX-SON', 'MX']);
    await setItemTags(ctx, first?.id ?? 0, 'topic', [{ slug: 'prisons' }, { slug: 'homicides-violence' }]);
    await updateItem(ctx, second?.id ?? 0, { date: '2026-10-02' });
    await publishEdition(ctx, editionId);
    await check();
    expect((await itemCounts(db, EMPTY_FILTER)).total).toBe(before.total + 3);
    expect((await itemCounts(db, { ...EMPTY_FILTER, q: 'convoy' })).total).toBeGreaterThanOrEqual(3);

    // A search follows an edited headline, and the totals of the figures a searched item quotes follow their review.
    const submarine = { ...EMPTY_FILTER, q: 'narcosubmarine' };
    expect((await itemCounts(db, submarine)).total).toBe(0);
    await updateItem(ctx, first?.id ?? 0, { headline: 'Navy stops a narcosubmarine off Sinaloa' });
    const figure = await db.selectFrom('observations').select('id').where('item_id', '=', first?.id ?? 0).executeTakeFirstOrThrow();
    await reviewObservation(ctx, figure.id, { status: 'confirmed' });
    await check();
    const found = await itemCounts(db, submarine, { figures: SEIZURES });
    expect(found.total).toBe(1);
    expect(found.figures).toEqual([{ series: 'drug_seizure_kg', dimension: 'cocaine', unit: 'kg', total: 1200 }]);
    expect((await listItems(db, { filter: submarine })).items.map((i) => i.headline)).toEqual(['Navy stops a narcosubmarine off Sinaloa']);
    await reviewObservation(ctx, figure.id, { status: 'rejected' });
    expect((await itemCounts(db, submarine, { figures: SEIZURES })).figures).toEqual([]);
    await check();
    await db.deleteFrom('editions').where('id', '=', editionId).execute();
    await check();
    expect((await itemCounts(db, EMPTY_FILTER)).total).toBe(before.total);
  });

  it('reach the dashboard unchanged, with the previous period and the seizure totals', async () => {
    for (const filter of [{ ...EMPTY_FILTER, from: '2026-01-07', to: '2026-06-30' }, { ...EMPTY_FILTER, states: ['MX-SIN', 'MX-GRO'] as Filter['states'], q: 'cartel' }]) {
      const result = await dashboard(db, filter, { today: '2026-11-19' });
      const expected = await reference(db, filter);
      expect(result.counts).toEqual({ byState: expected.byState, byTopic: expected.byTopic, byWeek: expected.byWeek });
      expect(result.kpis.items.value).toBe(expected.total);
      const seized = new Map<string, number>();
      for (const f of expected.figures) {
        const drug = f.series === 'fentanyl_pills_seized' ? 'fentanyl_pills' : (f.dimension ?? 'other');
        seized.set(drug, (seized.get(drug) ?? 0) + Number(f.total));
      }
      for (const s of result.kpis.seizures) expect(s.value).toBe(seized.get(s.drug) ?? 0);
      expect(result.kpis.seizures.map((s) => s.drug)).toEqual(expect.arrayContaining([...seized.keys()]));
      const previous = previousPeriod(filter, '2026-11-19');
      expect(result.kpis.items.previous).toBe(previous ? (await reference(db, previous)).total : null);
    }
  });
});
