import { sql, type Kysely } from 'kysely';
import { applyCells, cellFunctions } from './2026-11-22-04-aggregates.ts';

/*
 * Organizations in the pre-aggregated counts, so that a dashboard filtered by one organization (what an
 * account manager sends a client following one cartel) is answered from cells, not by counting live.
 * item_pair_counts gains three kinds, per organization a, in the same week and 64-week block cells:
 *   ('org', a, '')          the published items naming a;
 *   ('org_place', a, place) those also naming the place (Mexican places only, as everywhere in the cells);
 *   ('org_topic', a, topic) those also tagged with the topic.
 * The facets triggers now pass the organizations to the cells; the counts are rebuilt from the facets.
 */

const KINDS = ['place', 'topic', 'org', 'org_place', 'org_topic'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`alter table item_pair_counts drop constraint item_pair_counts_kind_check`).execute(db);
  await sql.raw(`alter table item_pair_counts add constraint item_pair_counts_kind_check check (kind in (${KINDS.map((k) => `'${k}'`).join(', ')}))`).execute(db);
  for (const [, fn] of cellFunctions({ organizations: true })) await sql.raw(fn).execute(db);
  // The statements the triggers run, here over every facets row: one transaction-long block.
  await sql.raw(`do $$ begin
    delete from item_counts;
    delete from item_pair_counts;
    ${applyCells('select item_date, published, places, topics, organizations, 1 as sign from item_facets', { organizations: true })}
  end $$`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [, fn] of cellFunctions({ organizations: false })) await sql.raw(fn).execute(db);
  await sql.raw(`delete from item_pair_counts where kind like 'org%'`).execute(db);
  await sql.raw(`alter table item_pair_counts drop constraint item_pair_counts_kind_check`).execute(db);
  await sql.raw(`alter table item_pair_counts add constraint item_pair_counts_kind_check check (kind in ('place', 'topic'))`).execute(db);
}
