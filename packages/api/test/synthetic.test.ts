import type { Db } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { createTestDb } from '@atalaya/db/testing';
import { EMPTY_FILTER, STATE_ISO_CODES } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listItems } from '../src/services/items.ts';
import { SYNTHETIC_MAX_WEEKS, syntheticEditions } from '../src/services/synthetic/editions.ts';
import { measureExposure, seedSynthetic, seedSyntheticPortfolio } from '../src/services/synthetic/index.ts';
import { addUser } from '../src/services/users.ts';
import { Rng } from '../src/services/synthetic/random.ts';

const ITEMS = 1_200;
const OBSERVATIONS = 9_000;

/** Everything the generator writes, without ids or timestamps, in a stable order. */
async function contents(db: Db['db']) {
  const [items, observations] = await Promise.all([
    sql<Record<string, unknown>>`select e.title, e.published_on, i.position, i.headline, i.summary, i.item_date, i.outlet, i.article_author, i.original_title, i.url, i.language,
          (select array_agg(place order by place) from item_places p where p.item_id = i.id) as places,
          (select array_agg(g.kind || ':' || g.slug order by g.kind, g.slug) from item_tags t join tags g on g.id = t.tag_id where t.item_id = i.id) as tags
        from items i join editions e on e.id = i.edition_id order by e.published_on desc, i.position`.execute(db),
    sql<Record<string, unknown>>`select o.series_key, o.place, o.period_start, o.period_end, o.value, o.unit, o.dimension, o.data_status, o.dataset_row, o.text, i.headline
        from observations o left join items i on i.id = o.item_id order by o.series_key, o.place, o.period_start, o.dimension, o.dataset_row, i.headline`.execute(db),
  ]);
  return { items: items.rows, observations: observations.rows };
}

describe('the synthetic archive', () => {
  let handle: Db;
  let result: Awaited<ReturnType<typeof seedSynthetic>>;
  const progress: Array<{ items: number; observations: number }> = [];
  beforeAll(async () => {
    handle = await createTestDb('pglite');
    result = await seedSynthetic(handle.db, { items: ITEMS, observations: OBSERVATIONS, seed: 7, onProgress: (done) => progress.push(done) });
  }, 120_000);
  afterAll(() => handle.close());

  it('has exactly the requested numbers of published items and observations, in weekly editions of about ten items', async () => {
    const row = await sql<{ items: number; published: number; observations: number; editions: number; weeks: number }>`
      select (select count(*)::int from items) as items, (select count(*)::int from items where status = 'published') as published,
        (select count(*)::int from observations) as observations, (select count(*)::int from editions where status = 'published') as editions,
        (select count(distinct extract(dow from published_on))::int from editions) as weeks`.execute(handle.db);
    expect(row.rows[0]).toEqual({ items: ITEMS, published: ITEMS, observations: OBSERVATIONS, editions: result.editions, weeks: 1 });
    expect(result).toMatchObject({ items: ITEMS, observations: OBSERVATIONS });
    expect(result.editions).toBeGreaterThan(ITEMS / 13);
    expect(result.editions).toBeLessThan(ITEMS / 7);
    expect(progress.at(-1)).toEqual({ items: ITEMS, observations: OBSERVATIONS });
  });

  it('spans years of weekly editions, newest first up to the fixed end date', async () => {
    const { rows } = await sql<{ first: string; last: string; weeks: number; gaps: number }>`
      select min(published_on)::text as first, max(published_on)::text as last, count(*)::int as weeks,
        count(*) filter (where published_on - lag <> 7)::int as gaps
      from (select published_on, lag(published_on) over (order by published_on) from editions) e`.execute(handle.db);
    const span = rows[0];
    expect(span?.last).toBe('2026-11-18');
    expect(span?.gaps).toBe(0);
    expect(Date.parse(span?.last ?? '') - Date.parse(span?.first ?? '')).toBeGreaterThan(2 * 365 * 86_400_000);
  });

  it('concentrates items on a few states and topics, as the press does', async () => {
    const { rows: states } = await sql<{ place: string; n: number }>`
      select place, count(*)::int as n from item_places where place like 'MX-%' group by place order by n desc, place`.execute(handle.db);
    expect(states.map((s) => s.place).slice(0, 3)).toContain('MX-SIN');
    const top5 = states.slice(0, 5).map((s) => s.place);
    expect(top5.filter((p) => ['MX-SIN', 'MX-GRO', 'MX-MIC', 'MX-JAL', 'MX-CHH', 'MX-TAM', 'MX-GUA'].includes(p)).length).toBeGreaterThanOrEqual(4);
    const { rows: share } = await sql<{ n: number }>`
      select count(distinct item_id)::int as n from item_places where place in (${sql.join(top5)})`.execute(handle.db);
    expect((share[0]?.n ?? 0) / ITEMS).toBeGreaterThan(0.4);
    // Every state appears, if rarely.
    expect(states.length).toBeGreaterThan(25);
    const { rows: topics } = await sql<{ slug: string; n: number }>`
      select g.slug, count(*)::int as n from item_tags t join tags g on g.id = t.tag_id where g.kind = 'topic' group by g.slug order by n desc`.execute(handle.db);
    expect(topics[0]?.n ?? 0).toBeGreaterThan(4 * (topics.at(-1)?.n ?? 0));
    expect(topics.length).toBeGreaterThan(12);
  });

  it('writes headlines, summaries, outlets and some Spanish original titles, all searchable', async () => {
    const { rows } = await sql<{ spanish: number; titles: number; outlets: number; empty: number; short: number }>`
      select count(*) filter (where language = 'es')::int as spanish, count(original_title)::int as titles,
        count(distinct outlet)::int as outlets, count(*) filter (where search = ''::tsvector)::int as empty,
        count(*) filter (where length(summary) < 80)::int as short from items`.execute(handle.db);
    const r = rows[0];
    expect(r?.spanish).toBeGreaterThan(ITEMS * 0.3);
    expect(r?.titles).toBeGreaterThan(ITEMS * 0.2);
    expect(r?.outlets).toBeGreaterThan(10);
    expect(r?.empty).toBe(0);
    expect(r?.short).toBe(0);
    const found = await listItems(handle.db, { filter: { ...EMPTY_FILTER, q: 'cartel' }, limit: 5 });
    expect(found.items).toHaveLength(5);
    expect(found.items.every((i) => /c[aá]rtel/i.test(`${i.headline} ${i.summary} ${i.originalTitle ?? ''}`))).toBe(true);
  });

  it('has monthly figures for every state and every month of each state series, and seizure figures from items', async () => {
    const { rows } = await sql<{ series_key: string; states: number; months: number; cells: number; first: string; last: string }>`
      select series_key, count(distinct place)::int as states, count(distinct period_start)::int as months,
        count(distinct (place, period_start, dimension))::int as cells, min(period_start)::text as first, max(period_end)::text as last
      from observations where dataset = 'synthetic' and place like 'MX-%' group by series_key order by series_key`.execute(handle.db);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const r of rows) {
      expect(r.states).toBe(STATE_ISO_CODES.length);
      // Every state has every month (and drug): the cells are the full grid.
      const drugs = r.series_key.startsWith('drug_seizures_') ? 6 : 1;
      expect(r.cells).toBe(r.states * r.months * drugs);
      expect(r.last).toBe('2026-10-31');
    }
    const { rows: labels } = await sql<{ source_label: string; periods_ok: boolean; linked: number; status: string }>`
      select (select string_agg(distinct source_label, ',') from observations where dataset = 'synthetic') as source_label,
        (select bool_and(period_start = date_trunc('month', period_start)::date) from observations where dataset = 'synthetic') as periods_ok,
        (select count(*)::int from observations where item_id is not null and series_key in ('drug_seizure_kg', 'fentanyl_pills_seized')) as linked,
        (select string_agg(distinct status, ',') from observations) as status`.execute(handle.db);
    expect(labels[0]).toMatchObject({ source_label: 'Synthetic', periods_ok: true, status: 'confirmed' });
    expect(labels[0]?.linked).toBeGreaterThan(10);
  });

  it('publishes each edition the day it came out, so "new since a visit" reads like a real archive', async () => {
    const { rows } = await sql<{ off: number }>`select count(*)::int as off from editions where published_at <> (published_on + time '12:00') at time zone 'UTC'`.execute(handle.db);
    expect(rows[0]?.off).toBe(0);
  });

  it('adds client organisations with sites and years of ratings, on which the exposure page and portfolio are timed', async () => {
    const portfolio = await seedSyntheticPortfolio(handle.db, { orgs: 12, sitesPerOrg: 5, years: 2, seed: 3 });
    expect(portfolio).toMatchObject({ orgs: 12, sites: 60 });
    const { rows } = await sql<{ first: string; last: string; levels: number[]; states: number; localities: number }>`
      select min(effective_on)::text as first, max(effective_on)::text as last, array_agg(distinct level order by level) as levels,
        (select count(distinct state)::int from sites) as states, (select count(*)::int from sites where locality is not null) as localities
      from assessments where status = 'published'`.execute(handle.db);
    expect(rows[0]?.last.localeCompare('2026-10-01')).toBeGreaterThan(0);
    expect(rows[0]?.first.localeCompare('2025-01-01')).toBeLessThan(0);
    expect(rows[0]?.levels).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.states).toBeGreaterThan(3);
    expect(rows[0]?.localities).toBeGreaterThan(0);
    await expect(seedSyntheticPortfolio(handle.db, { orgs: 1, sitesPerOrg: 1, years: 1 })).rejects.toThrow(/already has a synthetic portfolio/);
    await addUser(handle.db, { email: 'bench@example.com', password: 'bench-password-1', role: 'admin' });
    const timings = await measureExposure(handle.db, { iterations: 2, date: '2026-11-18' });
    expect(Object.keys(timings)).toEqual(['exposure page: 12 organisations', 'portfolio: 12 organisations']);
    for (const t of Object.values(timings)) expect(t.p95).toBeGreaterThan(0);
    // The visits it made up to time "since your last visit" are gone again.
    expect(await handle.db.selectFrom('exposure_visits').selectAll().execute()).toEqual([]);
  });

  it('refuses a second load, and counts that are not whole numbers ≥ 0', async () => {
    await expect(seedSynthetic(handle.db, { items: 10, observations: 10 })).rejects.toThrow(/already has synthetic data/);
    for (const bad of [-1, 1.5, Number.NaN]) {
      await expect(seedSynthetic(handle.db, { items: bad, observations: 10 })).rejects.toThrow(/items must be a whole number/);
    }
  });
});

describe('synthetic seeds', () => {
  it('keeps a large archive within ten years of weekly editions, in larger editions', () => {
    const rng = new Rng(3);
    const editions = [...syntheticEditions(rng, 60_000, 0)];
    expect(editions.reduce((n, e) => n + e.items.length, 0)).toBe(60_000);
    expect(editions.length).toBeLessThanOrEqual(SYNTHETIC_MAX_WEEKS);
    expect(editions.length).toBeGreaterThan(SYNTHETIC_MAX_WEEKS / 2);
    expect(editions.at(-1)?.publishedOn.localeCompare('2016-11-01')).toBeGreaterThan(0);
  });

  it('write the same rows for the same seed, and different rows for another', async () => {
    const load = async (seed: number) => {
      const handle = await createTestDb('pglite');
      try {
        await seedSynthetic(handle.db, { items: 300, observations: 2_000, seed });
        return await contents(handle.db);
      } finally {
        await handle.close();
      }
    };
    const [a, b, c] = [await load(11), await load(11), await load(12)];
    expect(a.items).toHaveLength(300);
    expect(a.observations).toHaveLength(2_000);
    expect(b).toEqual(a);
    expect(c.items.map((i) => i['headline'])).not.toEqual(a.items.map((i) => i['headline']));
    expect(c.observations.map((o) => o['value'])).not.toEqual(a.observations.map((o) => o['value']));
  }, 120_000);
});
