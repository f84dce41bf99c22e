import { sql, type Kysely } from 'kysely';

/*
 * Pre-aggregated counts of published items, kept by triggers so that no write path can forget them.
 *
 * item_facets holds one narrow row per item: its date, whether it is published, its Mexican places, its
 * topic slugs and its organizations' slugs (for filters; the counts do not use them). Every trigger on items, item_places, item_tags and tags only refreshes the facets of the
 * items it touched, from the tables as they are now; a trigger on item_facets then subtracts the cells of
 * each old facets row and adds those of the new one. So the counts follow the facets exactly, whatever the
 * order in which cascades and triggers run. (The facets also let live counts avoid the wide items rows.)
 *
 * A published item counts once in each of these cells, for its week (span 1, keyed by the Monday) and for
 * its block of 64 weeks (span 64, keyed by the block's first Monday; blocks are aligned on 2000-01-03):
 *   item_counts      (place, topic) for place in its places ∪ {''}, topic in its topics ∪ {''}
 *                    ('' is "any"): the items matching one place (or none) and one topic (or none);
 *   item_pair_counts ('place', a, b) for two different places a, b of the item, and ('topic', a, b) for two
 *                    different topics: the items having both, for counts by state (topic) within one state
 *                    (topic).
 * Adding up cells over several places or topics would count an item more than once: only one of each.
 * Blocks keep long date ranges cheap: whole blocks, then the weeks left at either end.
 */

const COUNTED_PLACE = (column: string) => `(${column} = 'MX' or ${column} like 'MX-%')`;

/** The Mexican places, or the topics and organizations, of the items whose ids `ids` (a query) returns, as the tables are now. */
const currentPlaces = (ids: string) => `
  select a.item_id, coalesce(array_agg(p.place order by p.place) filter (where p.place is not null), '{}') as places
  from (${ids}) a left join item_places p on p.item_id = a.item_id and ${COUNTED_PLACE('p.place')}
  group by a.item_id`;
const currentTags = (ids: string) => `
  select a.item_id,
    coalesce(array_agg(g.slug order by g.slug) filter (where g.kind = 'topic'), '{}') as topics,
    coalesce(array_agg(g.slug order by g.slug) filter (where g.kind = 'organization'), '{}') as organizations
  from (${ids}) a left join (item_tags t join tags g on g.id = t.tag_id and g.kind in ('topic', 'organization')) on t.item_id = a.item_id
  group by a.item_id`;

const refreshPlaces = (ids: string) => `
  update item_facets f set places = x.places from (${currentPlaces(ids)}) x
  where f.item_id = x.item_id and f.places is distinct from x.places`;
const refreshTags = (ids: string) => `
  update item_facets f set topics = x.topics, organizations = x.organizations from (${currentTags(ids)}) x
  where f.item_id = x.item_id and (f.topics, f.organizations) is distinct from (x.topics, x.organizations)`;

/** The week and the 64-week block of a facets row `r`, as (span, week). */
const SPANS = `cross join lateral (values (1::smallint, item_week(r.item_date)), (64::smallint, item_block(item_week(r.item_date)))) s(span, week)`;

/** Which pairs item_pair_counts holds: places and topics (this migration), and organizations (a later one). */
export interface CellOptions {
  organizations: boolean;
}

/** Pairs of `r`, a facets row, as (kind, a, b). */
function pairs({ organizations }: CellOptions): string {
  const own = `
      select 'place' as kind, a, b from unnest(r.places) a, unnest(r.places) b where a <> b
      union all
      select 'topic', a, b from unnest(r.topics) a, unnest(r.topics) b where a <> b`;
  if (!organizations) return own;
  // Per organization: its items (b = ''), and those naming each place or topic with it.
  return `${own}
      union all
      select 'org', a, '' from unnest(r.organizations) a
      union all
      select 'org_place', a, b from unnest(r.organizations) a, unnest(r.places) b
      union all
      select 'org_topic', a, b from unnest(r.organizations) a, unnest(r.topics) b`;
}

/** Applies the cells of `changed` (rows of item_date, published, places, topics[, organizations], sign) to the counts. */
export function applyCells(changed: string, options: CellOptions): string {
  return `
    insert into item_counts as c (span, week, place, topic, n)
    select s.span, s.week, p.place, t.topic, sum(r.sign)::int
    from (${changed}) r
    ${SPANS}
    cross join lateral unnest(array[''] || r.places) as p(place)
    cross join lateral unnest(array[''] || r.topics) as t(topic)
    where r.published
    group by 1, 2, 3, 4
    having sum(r.sign) <> 0
    on conflict (span, place, topic, week) do update set n = c.n + excluded.n;

    insert into item_pair_counts as c (kind, span, week, a, b, n)
    select pair.kind, s.span, s.week, pair.a, pair.b, sum(r.sign)::int
    from (${changed}) r
    ${SPANS}
    cross join lateral (${pairs(options)}
    ) pair
    where r.published
    group by 1, 2, 3, 4, 5
    having sum(r.sign) <> 0
    on conflict (kind, a, span, week, b) do update set n = c.n + excluded.n;

    delete from item_counts where n = 0 and week in (select s.week from (${changed}) r ${SPANS});
    delete from item_pair_counts where n = 0 and week in (select s.week from (${changed}) r ${SPANS});`;
}

/** The functions of item_facets' statement triggers, which apply the cells of the rows changed. */
export function cellFunctions(options: CellOptions): Array<[op: 'insert' | 'update' | 'delete', statement: string]> {
  const row = `item_date, published, places, topics${options.organizations ? ', organizations' : ''}`;
  return (
    [
      ['insert', `select ${row}, 1 as sign from new_rows`],
      ['update', `select ${row}, 1 as sign from new_rows union all select ${row}, -1 from old_rows`],
      ['delete', `select ${row}, -1 as sign from old_rows`],
    ] as const
  ).map(([op, changed]) => [
    op,
    `create or replace function item_facets_${op}d() returns trigger language plpgsql as $$
     begin
       ${applyCells(changed, options)}
       return null;
     end $$`,
  ]);
}

/** The transition tables a statement trigger on each operation reads (later migrations' triggers too). */
export const TRANSITIONS = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
} as const;

const STATEMENTS = [
  // The Monday of a date's week, by integer arithmetic from a Monday (2000-01-03): cheaper than extract().
  `create function item_week(d date) returns date language sql immutable parallel safe
     as $$ select d - (((d - date '2000-01-03') % 7 + 7) % 7) $$`,
  `create function item_block(week date) returns date language sql immutable parallel safe
     as $$ select week - (((week - date '2000-01-03') % 448 + 448) % 448) $$`,

  `create table item_facets (
     item_id integer primary key references items (id) on delete cascade,
     item_date date not null,
     published boolean not null,
     places text[] not null,
     topics text[] not null,
     organizations text[] not null
   )`,
  // Newest first for pages of items; places, topics and organizations for filters the cells do not answer.
  `create index item_facets_date_idx on item_facets (item_date desc, item_id desc) where published`,
  `create index item_facets_places_idx on item_facets using gin (places)`,
  `create index item_facets_topics_idx on item_facets using gin (topics)`,
  `create index item_facets_organizations_idx on item_facets using gin (organizations)`,
  `create table item_counts (
     span smallint not null check (span in (1, 64)),
     week date not null,
     place text not null,
     topic text not null,
     n integer not null,
     constraint item_counts_pkey primary key (span, place, topic, week) include (n)
   )`,
  // Cells that fell to zero, cleared after each change.
  `create index item_counts_empty_idx on item_counts (week) where n = 0`,
  `create table item_pair_counts (
     kind text not null check (kind in ('place', 'topic')),
     span smallint not null check (span in (1, 64)),
     week date not null,
     a text not null,
     b text not null,
     n integer not null,
     constraint item_pair_counts_pkey primary key (kind, a, span, week, b) include (n)
   )`,
  `create index item_pair_counts_empty_idx on item_pair_counts (week) where n = 0`,

  // item_facets → counts
  ...cellFunctions({ organizations: false }).flatMap(([op, fn]) => [
    fn,
    `create trigger item_facets_${op} after ${op} on item_facets referencing ${TRANSITIONS[op]}
       for each statement execute function item_facets_${op}d()`,
  ]),

  // items → facets (a deleted item's facets go by the foreign key's cascade). A new item's places and topics
  // are usually written after it, but may come in the same statement (bulk loads).
  `create function item_facets_items_inserted() returns trigger language plpgsql as $$
   begin
     insert into item_facets (item_id, item_date, published, places, topics, organizations)
     select n.id, n.item_date, n.status = 'published', p.places, t.topics, t.organizations
     from new_rows n
     join (${currentPlaces('select id as item_id from new_rows')}) p on p.item_id = n.id
     join (${currentTags('select id as item_id from new_rows')}) t on t.item_id = n.id;
     return null;
   end $$`,
  `create function item_facets_items_updated() returns trigger language plpgsql as $$
   begin
     update item_facets f set item_date = n.item_date, published = n.status = 'published'
     from new_rows n
     where f.item_id = n.id and (f.item_date, f.published) is distinct from (n.item_date, n.status = 'published');
     return null;
   end $$`,
  `create trigger item_facets_items_insert after insert on items referencing new table as new_rows
     for each statement execute function item_facets_items_inserted()`,
  `create trigger item_facets_items_update after update on items referencing new table as new_rows
     for each statement execute function item_facets_items_updated()`,

  // item_places, item_tags → facets
  ...(
    [
      ['places', 'item_places', refreshPlaces],
      ['tags', 'item_tags', refreshTags],
    ] as const
  ).flatMap(([name, table, refresh]) =>
    (
      [
        ['insert', 'select distinct item_id from new_rows', 'new table as new_rows'],
        ['update', 'select item_id from new_rows union select item_id from old_rows', 'old table as old_rows new table as new_rows'],
        ['delete', 'select distinct item_id from old_rows', 'old table as old_rows'],
      ] as const
    ).flatMap(([op, ids, transition]) => [
      `create function item_facets_${name}_${op}d() returns trigger language plpgsql as $$
       begin
         ${refresh(ids)};
         return null;
       end $$`,
      `create trigger item_facets_${name}_${op} after ${op} on ${table} referencing ${transition}
         for each statement execute function item_facets_${name}_${op}d()`,
    ]),
  ),

  // tags: a tag that changes kind, or is renamed (a deleted one goes by item_tags' cascade)
  // (Row level: syncCatalog rewrites every tag's labels, which must not recount anything.)
  `create function item_facets_tag_changed() returns trigger language plpgsql as $$
   begin
     ${refreshTags('select distinct item_id from item_tags where tag_id = new.id')};
     return null;
   end $$`,
  `create trigger item_facets_tag_update after update of kind, slug on tags
     for each row when (old.kind is distinct from new.kind or old.slug is distinct from new.slug)
     execute function item_facets_tag_changed()`,

  // Everything from scratch: the backfill below, and after a TRUNCATE (which fires no row triggers).
  `create function item_facets_sync() returns void language plpgsql as $$
   begin
     insert into item_facets (item_id, item_date, published, places, topics, organizations)
     select id, item_date, status = 'published', '{}', '{}', '{}' from items i
     where not exists (select from item_facets f where f.item_id = i.id);
     update item_facets f set item_date = i.item_date, published = i.status = 'published'
     from items i
     where i.id = f.item_id and (f.item_date, f.published) is distinct from (i.item_date, i.status = 'published');
     ${refreshPlaces('select item_id from item_facets')};
     ${refreshTags('select item_id from item_facets')};
   end $$`,
  `create function item_facets_truncated() returns trigger language plpgsql as $$
   begin
     if tg_table_name = 'item_facets' then
       delete from item_counts;
       delete from item_pair_counts;
     end if;
     perform item_facets_sync();
     return null;
   end $$`,
  ...['item_facets', 'items', 'item_places', 'item_tags', 'tags'].map(
    (table) => `create trigger item_facets_${table}_truncate after truncate on ${table} for each statement execute function item_facets_truncated()`,
  ),

  `select item_facets_sync()`,

  // The latest homicide rate (a KPI) and the map read a series' newest periods first. (The seizure KPI's
  // item-linked figures are found through observations_item_idx, item_id not null.)
  `create index observations_series_place_end_idx on observations (series_key, place, period_end)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['items', 'item_places', 'item_tags', 'tags', 'item_facets']) {
    await sql.raw(`drop trigger if exists item_facets_${table}_truncate on ${table}`).execute(db);
  }
  await sql.raw('drop trigger if exists item_facets_tag_update on tags').execute(db);
  for (const [name, table] of [['items', 'items'], ['places', 'item_places'], ['tags', 'item_tags']] as const) {
    for (const op of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists item_facets_${name}_${op} on ${table}`).execute(db);
  }
  await sql.raw('drop index if exists observations_series_place_end_idx').execute(db);
  await sql.raw('drop table if exists item_facets, item_counts, item_pair_counts').execute(db);
  const { rows } = await sql<{ signature: string }>`
    select p.oid::regprocedure::text as signature from pg_proc p join pg_namespace s on s.oid = p.pronamespace
    where s.nspname = current_schema() and (p.proname like 'item_facets%' or p.proname in ('item_week', 'item_block'))`.execute(db);
  for (const { signature } of rows) await sql.raw(`drop function if exists ${signature}`).execute(db);
}
