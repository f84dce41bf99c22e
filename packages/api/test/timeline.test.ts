import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemSummary } from '../src/services/items.ts';
import { demoApi } from './helpers.ts';

const filter = (f: Partial<Filter>): Filter => ({ ...EMPTY_FILTER, ...f });
const sum = (counts: Array<{ count: number }>) => counts.reduce((n, c) => n + c.count, 0);

describe('timeline.density on the demo data', () => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi('pglite');
  });
  afterAll(() => api.handle.close());

  it('counts items per week (Mondays, oldest first) as the dashboard does for the undated filter', async () => {
    const weeks = await api.caller.timeline.density({ filter: EMPTY_FILTER });
    const dashboard = await api.caller.dashboard.get({ filter: EMPTY_FILTER });
    expect(weeks).toEqual(dashboard.counts.byWeek);
    expect(sum(weeks)).toBe(dashboard.kpis.items.value);
    for (const w of weeks) expect(new Date(`${w.key}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(weeks.map((w) => w.key)).toEqual([...weeks.map((w) => w.key)].sort());
  });

  it('ignores the date range, so the strip keeps its context while a range is brushed', async () => {
    const all = await api.caller.timeline.density({ filter: EMPTY_FILTER });
    const dated = await api.caller.timeline.density({ filter: filter({ from: '2025-03-01', to: '2025-03-31' }) });
    expect(dated).toEqual(all);
  });

  it('applies the rest of the filter', async () => {
    const sinaloa = await api.caller.timeline.density({ filter: filter({ states: ['MX-SIN'], from: '2025-01-01' }) });
    const total = await api.caller.dashboard.get({ filter: filter({ states: ['MX-SIN'] }) });
    expect(sum(sinaloa)).toBe(total.kpis.items.value);
    expect(sum(sinaloa)).toBeLessThan(sum(await api.caller.timeline.density({ filter: EMPTY_FILTER })));
  });

  it('rejects an invalid filter', async () => {
    await expect(api.caller.timeline.density({ filter: filter({ from: '2025-02-30' }) })).rejects.toThrow(/Invalid date/);
  });
});

// The timeline reads 10,000 items as 100 pages of 100 while the user scrolls; every page must be
// newest first, without gaps or repeats, and the strip's weeks must add up.
describe('the timeline over 10,000 items', () => {
  const SYNTHETIC = 10_000;
  let api: Awaited<ReturnType<typeof demoApi>>;
  let demoCount: number;
  beforeAll(async () => {
    api = await demoApi('pglite');
    demoCount = (await api.caller.dashboard.get({ filter: EMPTY_FILTER })).kpis.items.value ?? 0;
    const edition = await api.db
      .insertInto('editions')
      .values({ title: 'Synthetic load', published_on: '2026-06-30', source_format: 'demo', status: 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const start = Date.parse('2020-01-01T00:00:00Z');
    const rows = Array.from({ length: SYNTHETIC }, (_, i) => ({
      edition_id: edition.id,
      position: i,
      headline: `Synthetic item ${i}`,
      summary: `Synthetic summary ${i}`,
      // Several items per day, about six years: many weeks, and ties on a date that the cursor must break by id.
      item_date: new Date(start + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10),
      outlet: 'Synthetic Wire',
      status: 'published' as const,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      const inserted = await api.db.insertInto('items').values(rows.slice(i, i + 1000)).returning('id').execute();
      await api.db
        .insertInto('item_places')
        .values(inserted.filter((_, j) => j % 4 === 0).map((r) => ({ item_id: r.id, place: 'MX-SIN', origin: 'editor' as const })))
        .execute();
    }
  }, 120_000);
  afterAll(() => api.handle.close());

  it('pages through every item newest first in pages of 100, without repeats', async () => {
    const seen: ItemSummary[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.caller.items.list>> = await api.caller.items.list({ filter: EMPTY_FILTER, cursor, limit: 100 });
      expect(page.items.length).toBeLessThanOrEqual(100);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    const total = SYNTHETIC + demoCount;
    expect(seen).toHaveLength(total);
    expect(pages).toBe(Math.ceil(total / 100));
    expect(new Set(seen.map((i) => i.id)).size).toBe(total);
    const keys = seen.map((i) => `${i.date}_${String(i.id).padStart(8, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
  }, 120_000);

  it('counts all of them in the density strip, week by week', async () => {
    const weeks = await api.caller.timeline.density({ filter: EMPTY_FILTER });
    expect(sum(weeks)).toBe(SYNTHETIC + demoCount);
    // 2,000 days of synthetic items: close to 286 weeks, plus the demo's.
    expect(weeks.length).toBeGreaterThan(280);
    const sinaloa = await api.caller.timeline.density({ filter: filter({ states: ['MX-SIN'] }) });
    expect(sum(sinaloa)).toBeGreaterThanOrEqual(SYNTHETIC / 4);
  });
});
