import { testBackends } from '@atalaya/db/testing';
import { RISK_CATEGORIES, localityByKey, siteRatingAsOf } from '@atalaya/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RATINGS } from '../src/demo/levels.ts';
import { DEMO_SITES } from '../src/demo/load.ts';
import { previewImpact } from '../src/services/levels.ts';
import { storeEdition } from '../src/services/store-edition.ts';
import { demoApi } from './helpers.ts';

// The end of the demo period: end-to-end tests raise Sinaloa from here.
const END = '2026-01-31';

describe.each(testBackends())('demo data on %s', (kind) => {
  let demo: Awaited<ReturnType<typeof demoApi>>;
  // Loading the whole demo takes a while on a busy machine.
  beforeAll(async () => {
    demo = await demoApi(kind);
  }, 180_000);
  afterAll(() => demo?.handle.close());

  describe('ratings', () => {
    it('rates Sinaloa high at the end of the demo, elevated before the war spread, and Culiacán’s violence extreme on its own', async () => {
      const end = await demo.caller.levels.states({ date: END });
      const sinaloa = end.find((s) => s.state === 'MX-SIN')?.rating;
      expect(sinaloa).toMatchObject({ level: 4, demo: true, status: 'published', author: 'Luis Analyst' });
      expect(end.find((s) => s.state === 'MX-TAM')?.rating?.level).toBe(4);
      expect(end.find((s) => s.state === 'MX-SON')?.rating?.level).toBe(3);
      expect(end.find((s) => s.state === 'MX-NLE')?.rating?.level).toBe(2);
      // A state the demo never rated stays "not rated", never level 1.
      expect(end.find((s) => s.state === 'MX-AGU')?.rating).toBeNull();

      const early = await demo.caller.levels.states({ date: '2025-01-15' });
      expect(early.find((s) => s.state === 'MX-SIN')?.rating?.level).toBe(3);
      const roads = await demo.caller.levels.states({ date: END, category: 'road-cargo' });
      expect(roads.find((s) => s.state === 'MX-TAM')?.rating?.level).toBe(5);

      const history = await demo.caller.levels.history({ scope: 'MX-SIN' });
      const culiacan = history.filter((r) => r.scope === 'MX-SIN/culiacan');
      expect(culiacan.map((r) => [r.category, r.level, r.effectiveOn])).toEqual([
        ['violence', 5, '2025-08-13'],
        ['violence', 4, '2024-12-04'],
      ]);
      const violence = await demo.caller.levels.states({ date: END, category: 'violence' });
      expect(violence.find((s) => s.state === 'MX-SIN')?.rating?.level).toBe(4);
      // The state's overall level tells the story: elevated, raised to high, then reviewed and kept there.
      const state = history.filter((r) => r.scope === 'MX-SIN' && r.category === 'overall');
      expect(state.map((r) => r.level)).toEqual([4, 4, 4, 3]);
    });

    it('tags every demo rating demo, published and signed by the demo analyst, across all categories', async () => {
      const rows = await demo.db
        .selectFrom('assessments')
        .innerJoin('users', 'users.id', 'assessments.author_id')
        .select(['assessments.demo', 'assessments.status', 'assessments.category', 'assessments.rationale_es', 'users.email'])
        .execute();
      expect(rows).toHaveLength(DEMO_RATINGS.length);
      for (const r of rows) expect([r.demo, r.status, r.email]).toEqual([true, 'published', 'analyst@atalaya.demo']);
      expect(new Set(rows.map((r) => r.category))).toEqual(new Set(RISK_CATEGORIES));
    });

    it('leaves a Spanish rationale missing on purpose, and says so through the API', async () => {
      const sonora = await demo.caller.levels.history({ scope: 'MX-SON' });
      const latest = sonora.find((r) => r.category === 'overall');
      expect(latest).toMatchObject({ effectiveOn: '2025-10-22', rationaleEs: null });
      expect(latest?.rationaleEn).toMatch(/Hermosillo/);
      const missing = DEMO_RATINGS.filter((r) => r.es === null);
      expect(missing.length).toBeGreaterThanOrEqual(1);
      expect(missing.length).toBeLessThanOrEqual(2);
    });

    it('cites published demo items as evidence, none dated after the rating, every citation kept', async () => {
      const rows = await demo.db
        .selectFrom('assessment_evidence')
        .innerJoin('assessments', 'assessments.id', 'assessment_evidence.assessment_id')
        .innerJoin('items', 'items.id', 'assessment_evidence.item_id')
        .innerJoin('editions', 'editions.id', 'items.edition_id')
        .select(['assessments.effective_on', 'items.item_date', 'items.status', 'editions.status as edition_status', 'editions.source_format', 'items.headline'])
        .execute();
      expect(rows).toHaveLength(DEMO_RATINGS.reduce((n, r) => n + r.evidence.length, 0));
      for (const r of rows) {
        expect([r.status, r.edition_status, r.source_format], r.headline).toEqual(['published', 'published', 'demo']);
        expect(r.item_date <= r.effective_on, `${r.headline} (${r.item_date}) after ${r.effective_on}`).toBe(true);
      }
      // What the client reads: each rating with its evidence, which opens as an item.
      const [rating] = await demo.caller.levels.history({ scope: 'MX-TAM' });
      expect(rating?.evidence.length).toBeGreaterThan(0);
      const item = await demo.caller.items.byId({ id: rating!.evidence[0]!.id });
      expect(item).toMatchObject({ headline: rating!.evidence[0]!.headline, demo: true });
    });

    it('gives the client’s sites gazetteer localities; the Culiacán site takes its city’s violence level over its state’s', async () => {
      const sites = await demo.db
        .selectFrom('sites')
        .innerJoin('orgs', 'orgs.id', 'sites.org_id')
        .select(['sites.name', 'sites.state', 'sites.locality'])
        .where('orgs.slug', '=', 'norte-logistics')
        .orderBy('sites.name')
        .execute();
      expect(sites).toHaveLength(DEMO_SITES.length);
      for (const s of sites) expect(localityByKey(s.locality ?? '')?.state, s.name).toBe(s.state);

      const history = (await demo.db.selectFrom('assessments').select(['id', 'scope', 'category', 'level', 'effective_on', 'status']).execute()).map((r) => ({ ...r, effectiveOn: r.effective_on }));
      const effective = (category: string) =>
        Object.fromEntries(
          sites.map((s) => {
            const found = siteRatingAsOf(history, s, category, END);
            return [s.name, [found?.rating.level, found?.from]];
          }),
        );
      expect(effective('overall')).toEqual({
        'Culiacán distribution centre': [4, 'state'],
        'Hermosillo assembly plant': [3, 'state'],
        'Monterrey regional office': [2, 'state'],
        'Nuevo Laredo – Monterrey trucking route': [4, 'state'],
      });
      expect(effective('violence')).toMatchObject({ 'Culiacán distribution centre': [5, 'locality'], 'Hermosillo assembly plant': [3, 'state'] });
      expect(effective('road-cargo')).toMatchObject({ 'Nuevo Laredo – Monterrey trucking route': [5, 'state'] });
    });

    // What the end-to-end tests do after the demo: an analyst raises Sinaloa to extreme.
    it('lets a raise of Sinaloa’s overall level to extreme reach the client’s Culiacán site', async () => {
      const preview = await previewImpact(demo.db, { scope: 'MX-SIN', category: 'overall', level: 5, effectiveOn: '2026-12-08' });
      expect(preview.current).toBe(4);
      expect(preview.orgs.map((o) => [o.orgName, o.sites.map((s) => [s.name, s.from, s.to])])).toEqual([
        ['Norte Logistics (demo client)', [['Culiacán distribution centre', 4, 5]]],
      ]);
    });
  });

  // Last: it adds an imported edition beside the demo's.
  describe('the demo tag on editions and items', () => {
    it('marks demo editions, their items and their commentary demo, and an imported edition not', async () => {
      const editions = await demo.caller.editions.list();
      expect(editions.length).toBeGreaterThan(0);
      expect(editions.every((e) => e.demo)).toBe(true);
      const edition = await demo.caller.editions.byId({ id: editions[0]!.id });
      expect(edition.demo).toBe(true);
      expect(edition.items.every((i) => i.demo)).toBe(true);
      expect((await demo.caller.editions.latestCommentary())?.demo).toBe(true);
      const page = await demo.caller.items.list({ filter: { states: [], topics: [], orgs: [] }, limit: 20 });
      expect(page.items.every((i) => i.demo)).toBe(true);

      // Invented for this test: an edition imported the ordinary way, newer than the demo.
      const id = await storeEdition(
        demo.db,
        {
          title: 'Imported test edition',
          publishedOn: '2026-02-04',
          author: 'Pat Partner',
          commentary: 'An imported test commentary.',
          items: [
            {
              headline: 'Imported test item about Sonora',
              summary: 'A test summary of an imported item.',
              date: '2026-02-03',
              outlet: 'Test outlet',
              articleAuthor: null,
              originalTitle: null,
              url: null,
              language: 'es',
              places: ['MX-SON'],
              topics: ['homicides-violence'],
              organizations: [],
              people: [],
              metrics: [],
            },
          ],
        },
        { status: 'published', sourceFormat: 'markdown', sourceName: 'imported.md', origin: 'editor' },
      );
      const listed = await demo.caller.editions.list();
      expect(listed.find((e) => e.id === id)?.demo).toBe(false);
      expect(listed.filter((e) => e.id !== id).every((e) => e.demo)).toBe(true);
      const imported = await demo.caller.editions.byId({ id });
      expect([imported.demo, imported.items.map((i) => i.demo)]).toEqual([false, [false]]);
      expect(await demo.caller.editions.latestCommentary()).toMatchObject({ editionId: id, demo: false });
      const newest = await demo.caller.items.list({ filter: { states: ['MX-SON'], topics: [], orgs: [] }, limit: 2 });
      expect(newest.items.map((i) => [i.headline, i.demo])).toEqual([
        ['Imported test item about Sonora', false],
        [expect.any(String), true],
      ]);
      expect((await demo.caller.items.byId({ id: imported.items[0]!.id })).demo).toBe(false);
    });
  });
});
