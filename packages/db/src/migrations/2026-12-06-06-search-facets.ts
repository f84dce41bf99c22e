import { sql, type Kysely } from 'kysely';
import { TRANSITIONS } from './2026-11-22-04-aggregates.ts';

/*
 * Full-text search over the facets, without a join.
 *
 * item_search holds, for every item, its facets row (as in item_facets) and its search vector (a copy of
 * items.search). A text search matches these rows through their own GIN index and finds each match's date,
 * places, topics and organizations in the same row: a dashboard counting the 14% of 100k items that name
 * "fentanyl" no longer reads the wide items rows and then joins the facets (PostgreSQL: 53 → 34 ms p50),
 * and a text search within a state no longer joins at all (80 → 31 ms).
 *
 * item_facets stays narrow (17 MB at 100k items, against 98 MB for item_search: the vectors are most of
 * it), because every filter without text reads it: a three-state filter over the wide rows took four
 * times longer.
 *
 * has_figures says whether the item has a confirmed figure (an observation linked to it). The dashboard
 * totals the figures quoted in the matching items; a second GIN index, over the vectors of those items
 * only, finds them without testing every figure's item against the search (20 ms at 100k items, whatever
 * the word).
 *
 * Triggers copy whatever changes in item_facets, a changed search vector in items and any change to an
 * item's confirmed figures, so that no write path has to know about this table. Nothing matches items'
 * own vectors any more, but their GIN index stays for one release: during a rolling deploy the servers of
 * the previous release still search items directly (infra/README.md, "Migrations on deploy"). A later
 * migration drops it.
 *
 * parallel_workers = 0: for a common word PostgreSQL would otherwise scan the whole table in parallel,
 * testing every vector, which is slower than the index and takes the cores the dashboard's other queries
 * run on. (Its cost model prices a vector test like any operator: the live counts of a text search turn
 * sequential scans off for their statement, see item-counts.ts.)
 */

/** Whether item `id` has a confirmed figure, as the tables are now. */
const HAS_FIGURES = (id: string) => `exists (select from observations o where o.item_id = ${id} and o.status = 'confirmed')`;

/** The facets columns besides item_id. */
const FACETS = ['item_date', 'published', 'places', 'topics', 'organizations'];
const COLUMNS = ['item_id', ...FACETS].join(', ');
const from = (alias: string) => ['item_id', ...FACETS].map((c) => `${alias}.${c}`).join(', ');
const assign = (alias: string) => FACETS.map((c) => `${c} = ${alias}.${c}`).join(', ');

const PAST = { insert: 'inserted', update: 'updated', delete: 'deleted', truncate: 'truncated' } as const;

/**
 * A function running `body`, and the statement trigger item_search_<source>_<op> that calls it after `op` on
 * `table`, with that operation's transition tables.
 */
function onStatement(source: string, table: string, op: keyof typeof PAST, body: string): string[] {
  const fn = `item_search_${source}_${PAST[op]}`;
  return [
    `create function ${fn}() returns trigger language plpgsql as $$
     begin
       ${body.trim()};
       return null;
     end $$`,
    `create trigger item_search_${source}_${op} after ${op} on ${table}${op === 'truncate' ? '' : ` referencing ${TRANSITIONS[op]}`}
       for each statement execute function ${fn}()`,
  ];
}

const STATEMENTS = [
  `create table item_search (
     item_id integer primary key references items (id) on delete cascade,
     item_date date not null,
     published boolean not null,
     places text[] not null,
     topics text[] not null,
     organizations text[] not null,
     search tsvector not null,
     has_figures boolean not null
   ) with (parallel_workers = 0)`,
  `create index item_search_idx on item_search using gin (search)`,
  `create index item_search_figures_idx on item_search using gin (search) where has_figures`,
  // Newest first for pages of search results, as item_facets_date_idx for pages without text.
  `create index item_search_date_idx on item_search (item_date desc, item_id desc) where published`,

  // item_facets → item_search. An insert may meet an existing row: item_facets is rebuilt after a TRUNCATE.
  ...onStatement('facets', 'item_facets', 'insert', `
     insert into item_search (${COLUMNS}, search, has_figures)
     select ${from('n')}, i.search, ${HAS_FIGURES('n.item_id')} from new_rows n join items i on i.id = n.item_id
     on conflict (item_id) do update set ${assign('excluded')}, search = excluded.search, has_figures = excluded.has_figures`),
  ...onStatement('facets', 'item_facets', 'update', `update item_search s set ${assign('n')} from new_rows n where s.item_id = n.item_id`),
  ...onStatement('facets', 'item_facets', 'delete', `delete from item_search s using old_rows o where s.item_id = o.item_id`),

  // items → item_search: an edited headline, original title or summary.
  ...onStatement(
    'items',
    'items',
    'update',
    `update item_search s set search = n.search from new_rows n where s.item_id = n.id and s.search is distinct from n.search`,
  ),

  // observations → has_figures, for the items whose figures changed (figures of datasets have no item).
  ...(
    [
      ['insert', 'select distinct item_id from new_rows'],
      ['update', 'select item_id from new_rows union select item_id from old_rows'],
      ['delete', 'select distinct item_id from old_rows'],
    ] as const
  ).flatMap(([op, ids]) =>
    onStatement('observations', 'observations', op, `
       update item_search s set has_figures = x.has_figures
       from (select c.item_id, ${HAS_FIGURES('c.item_id')} as has_figures from (${ids}) c where c.item_id is not null) x
       where s.item_id = x.item_id and s.has_figures <> x.has_figures`),
  ),
  ...onStatement('observations', 'observations', 'truncate', `update item_search set has_figures = false where has_figures`),

  `insert into item_search (${COLUMNS}, search, has_figures)
   select ${from('f')}, i.search, ${HAS_FIGURES('f.item_id')} from item_facets f join items i on i.id = f.item_id`,
  `analyze item_search`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop trigger if exists item_search_items_update on items').execute(db);
  for (const op of ['insert', 'update', 'delete', 'truncate']) await sql.raw(`drop trigger if exists item_search_observations_${op} on observations`).execute(db);
  for (const op of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists item_search_facets_${op} on item_facets`).execute(db);
  await sql.raw('drop table if exists item_search').execute(db);
  const { rows } = await sql<{ name: string }>`
    select p.proname as name from pg_proc p join pg_namespace s on s.oid = p.pronamespace
    where s.nspname = current_schema() and p.proname like 'item\_search\_%'`.execute(db);
  for (const { name } of rows) await sql.raw(`drop function if exists ${name}()`).execute(db);
}
