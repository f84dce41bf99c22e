import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migrationState, sql, type Db } from '../src/index.ts';
import { createTestDb, testBackends } from '../src/testing.ts';

const TABLES = [
  'account_assignments', 'assessment_evidence', 'assessments', 'audit_log', 'editions', 'exposure_visits', 'item_counts', 'item_facets', 'item_pair_counts', 'item_places', 'item_search', 'item_tags', 'items', 'metric_series', 'observations',
  'orgs', 'rate_limits', 'reference_levels', 'saved_views', 'sessions', 'share_link_opens', 'share_links', 'sign_in_devices', 'sign_in_throttles', 'sites', 'tags', 'users',
];

describe.each(testBackends())('migrations on %s', (kind) => {
  let handle: Db | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('apply to an empty database and create the whole data model', async () => {
    handle = await createTestDb(kind, { migrate: false });
    expect((await migrationState(handle.db)).current).toBe(false);
    const applied = await migrateToLatest(handle.db);
    expect(applied.length).toBeGreaterThan(0);
    const state = await migrationState(handle.db);
    expect(state).toMatchObject({ current: true, pending: [] });
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(handle.db);
    expect(rows.map((r) => r.table_name)).toEqual(TABLES);
    // Running again is a no-op.
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('index items for full-text search and for the dashboard filters', async () => {
    handle = await createTestDb(kind);
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
      select indexname, indexdef from pg_indexes where schemaname = 'public'`.execute(handle.db);
    const byName = new Map(rows.map((r) => [r.indexname, r.indexdef]));
    // Text is matched on item_search, the facets with the items' search vectors (copied by triggers); the
    // index on items' own vectors is kept for servers of the previous release during a rolling deploy.
    expect(byName.get('items_search_idx')).toMatch(/USING gin \(search\)/);
    expect(byName.get('item_search_idx')).toMatch(/ON public\.item_search USING gin \(search\)/);
    expect(byName.get('item_search_figures_idx')).toMatch(/USING gin \(search\) WHERE has_figures/);
    expect(byName.get('items_published_date_idx')).toMatch(/item_date DESC/);
    expect(byName.get('item_places_place_idx')).toMatch(/\(place, item_id\)/);
    expect(byName.get('item_tags_tag_idx')).toMatch(/\(tag_id, item_id\)/);
  });
});
