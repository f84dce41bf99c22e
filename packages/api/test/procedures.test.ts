import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { testBackends } from '@atalaya/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EDITIONS } from '../src/demo/editions.ts';
import type { ItemSummary } from '../src/services/items.ts';
import { demoApi, tableCounts } from './helpers.ts';

const filter = (f: Partial<Filter>): Filter => ({ ...EMPTY_FILTER, ...f });
const totalItems = DEMO_EDITIONS.reduce((n, e) => n + e.items.length, 0);

describe.each(testBackends())('API procedures on %s', (kind) => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi(kind);
  });
  afterAll(() => api.handle.close());

  async function allItems(f: Filter, limit = 7): Promise<ItemSummary[]> {
    const items: ItemSummary[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.caller.items.list>> = await api.caller.items.list({ filter: f, cursor, limit });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('items.list pages through every published item, newest first, without repeats', async () => {
    const items = await allItems(EMPTY_FILTER);
    expect(items).toHaveLength(totalItems);
    expect(new Set(items.map((i) => i.id)).size).toBe(totalItems);
    const keys = items.map((i) => `${i.date}_${String(i.id).padStart(8, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
    const first = items[0] as ItemSummary;
    expect(first.places.length).toBeGreaterThan(0);
    expect(first.topics.length).toBeGreaterThan(0);
    expect(first.topics[0]?.label.en).toBeTruthy();
  });

  it('items.list applies states, topics, organisations, dates and text together', async () => {
    const sinaloa = await allItems(filter({ states: ['MX-SIN'] }));
    expect(sinaloa.length).toBeGreaterThan(0);
    expect(sinaloa.length).toBeLessThan(totalItems);
    for (const item of sinaloa) expect(item.places).toContain('MX-SIN');

    const transfers = await allItems(filter({ topics: ['extraditions-transfers'] }));
    expect(transfers.length).toBeGreaterThan(0);
    for (const item of transfers) expect(item.topics.map((t) => t.slug)).toContain('extraditions-transfers');

    const cjng = await allItems(filter({ orgs: ['cjng'] }));
    for (const item of cjng) expect(item.organizations.map((o) => o.slug)).toContain('cjng');

    const q1 = await allItems(filter({ from: '2025-01-01', to: '2025-03-31' }));
    expect(q1.length).toBeGreaterThan(0);
    for (const item of q1) expect(item.date >= '2025-01-01' && item.date <= '2025-03-31').toBe(true);

    const both = await allItems(filter({ states: ['MX-SIN'], from: '2025-01-01', to: '2025-03-31' }));
    expect(both.every((i) => i.places.includes('MX-SIN') && i.date <= '2025-03-31')).toBe(true);
  });

  it('items.list full-text search stems English and Spanish', async () => {
    const english = await allItems(filter({ q: 'extradited' }));
    expect(english.length).toBeGreaterThan(0);
    for (const item of english) {
      expect(`${item.headline} ${item.summary} ${item.originalTitle ?? ''}`.toLowerCase()).toMatch(/extradit|extradic/);
    }
    const spanish = await allItems(filter({ q: 'narcotráfico' }));
    expect(spanish.length).toBeGreaterThanOrEqual(0);
    expect(await allItems(filter({ q: 'zzzqqq unlikely' }))).toEqual([]);
  });

  it('items.byId returns the citation, the edition and the confirmed figures', async () => {
    const [withMetric] = await api.db
      .selectFrom('observations')
      .select('item_id')
      .where('item_id', 'is not', null)
      .where('status', '=', 'confirmed')
      .limit(1)
      .execute();
    const item = await api.caller.items.byId({ id: withMetric?.item_id as number });
    expect(item.headline).toBeTruthy();
    expect(item.edition.title).toBeTruthy();
    expect(item.observations.length).toBeGreaterThan(0);
    expect(item.observations[0]?.text).toBeTruthy();
    await expect(api.caller.items.byId({ id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('editions.list and editions.byId give the archive as published', async () => {
    const editions = await api.caller.editions.list();
    expect(editions).toHaveLength(DEMO_EDITIONS.length);
    const dates = editions.map((e) => e.publishedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const latest = editions[0];
    const detail = await api.caller.editions.byId({ id: latest?.id as number });
    const source = DEMO_EDITIONS.find((e) => e.publishedOn === latest?.publishedOn);
    expect(detail.commentary).toBe(source?.commentary);
    expect(detail.items.map((i) => i.headline)).toEqual(source?.items.map((i) => i.headline));
    await expect(api.caller.editions.byId({ id: 424_242 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('editions.latestCommentary is the newest edition’s commentary', async () => {
    const newest = [...DEMO_EDITIONS].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))[0];
    const commentary = await api.caller.editions.latestCommentary();
    expect(commentary).toMatchObject({ publishedOn: newest?.publishedOn, author: newest?.author, commentary: newest?.commentary });
  });

  it('metrics.series returns one source’s points per place, with provenance', async () => {
    const data = await api.caller.metrics.series({ series: 'homicide_rate_inegi', places: ['MX-BCN', 'MX-AGU'], from: '2024-01-01', to: '2024-12-31' });
    expect(data.series.source).toMatch(/INEGI/);
    expect(data.points.filter((p) => p.place === 'MX-BCN').map((p) => p.value)).toContain(65);
    // Aguascalientes has no 2024 figure in the sources: it stays without one.
    expect(data.points.filter((p) => p.place === 'MX-AGU')).toEqual([]);
    for (const p of data.points) expect(p.sourceUrl).toMatch(/^https?:\/\//);

    const transfers = await api.caller.metrics.series({ series: 'prisoner_transfers', places: ['MX'] });
    expect(transfers.points.map((p) => [p.periodStart, p.value])).toEqual([
      ['2025-02-27', 29],
      ['2025-08-12', 26],
      ['2026-01-20', 37],
    ]);
  });

  it('dashboard returns items, counts, KPIs and commentary in one call', async () => {
    const all = await api.caller.dashboard.get({ filter: EMPTY_FILTER });
    expect(all.items.items.length).toBeGreaterThan(0);
    expect(all.kpis.items.value).toBe(totalItems);
    expect(all.kpis.prisonerTransfers.value).toBe(92);
    expect(all.kpis.homicideRate).toMatchObject({ year: 2024 });
    expect(all.kpis.homicideRate.value).toBeCloseTo(25.8, 1);
    expect(all.commentary?.commentary).toBeTruthy();
    const weekTotal = all.counts.byWeek.reduce((n, w) => n + w.count, 0);
    expect(weekTotal).toBe(totalItems);
    expect(all.counts.byState.every((s) => /^MX-[A-Z]{3}$/.test(s.key))).toBe(true);
    expect(all.counts.byTopic.length).toBeGreaterThan(3);

    const feb = await api.caller.dashboard.get({ filter: filter({ from: '2025-02-01', to: '2025-02-28' }) });
    expect(feb.kpis.prisonerTransfers).toMatchObject({ value: 29, previous: 0 });
    expect(feb.kpis.items.previous).not.toBeNull();
  });

  it('breaks the filter down by topic and month, and lists organizations with their counts', async () => {
    const f = filter({ from: '2025-01-01', to: '2025-12-31' });
    const [volume, dash] = await Promise.all([api.caller.dashboard.topicVolume({ filter: f }), api.caller.dashboard.get({ filter: f })]);
    const byTopic = new Map<string, number>();
    for (const row of volume) {
      expect(row.month >= '2025-01-01' && row.month <= '2025-12-01').toBe(true);
      byTopic.set(row.topic, (byTopic.get(row.topic) ?? 0) + row.count);
    }
    expect(Object.fromEntries(byTopic)).toEqual(Object.fromEntries(dash.counts.byTopic.map((c) => [c.key, c.count])));
    const orgs = await api.caller.tags.counts({ kind: 'organization' });
    expect(orgs.find((o) => o.slug === 'cjng')?.count).toBeGreaterThan(0);
    expect(orgs.map((o) => o.count)).toEqual([...orgs.map((o) => o.count)].sort((a, b) => b - a));
  });

  it('gives the map each state’s latest homicide rate, leaving states without data out', async () => {
    const layer = await api.caller.metrics.latestByState({ series: 'homicide_rate_inegi' });
    expect(layer.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(layer.values).toHaveLength(18);
    // Colima has a preliminary 123 and a definitive 123.8: the definitive figure is shown.
    expect(layer.values.find((v) => v.place === 'MX-COL')).toMatchObject({ value: 123.8, dataStatus: 'definitive' });
    expect(layer.values.find((v) => v.place === 'MX-AGU')).toBeUndefined();
  });

  it('profiles one state against the national picture', async () => {
    const profile = await api.caller.states.profile({ code: 'MX-SIN', filter: EMPTY_FILTER });
    expect(profile.itemCount).toBeGreaterThan(0);
    expect(profile.nationalItemCount).toBe(totalItems);
    expect(profile.items.items.every((i) => i.places.includes('MX-SIN'))).toBe(true);
    expect(profile.homicideRate.points.some((p) => p.place === 'MX-SIN')).toBe(true);
    expect(profile.homicideRate.points.some((p) => p.place === 'MX')).toBe(true);
    expect(profile.caseFiles.points.length).toBeGreaterThan(19);
    expect(profile.topTopics.length).toBeGreaterThan(0);
    await expect(api.caller.states.profile({ code: 'MX-ABC' as 'MX-SIN', filter: EMPTY_FILTER })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('MX-ABC') });
  });

  it('bad input is a BAD_REQUEST that names the problem and writes nothing', async () => {
    const before = await tableCounts(api.db);
    const attempt = api.caller.items.list({ filter: { ...EMPTY_FILTER, states: ['MX-XXX' as 'MX'] } });
    await expect(attempt).rejects.toBeInstanceOf(TRPCError);
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('MX-XXX') });
    await expect(api.caller.items.list({ filter: EMPTY_FILTER, cursor: 'nonsense' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('cursor') });
    await expect(api.caller.metrics.series({ series: 'made_up' as 'prisoner_transfers', places: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.caller.dashboard.get({ filter: { ...EMPTY_FILTER, from: '2025-05-01', to: '2025-01-01' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await tableCounts(api.db)).toEqual(before);
  });
});
