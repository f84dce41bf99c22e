import { sql, type Kysely } from 'kysely';

/*
 * Each item's confirmed figures, summed per kind (series, drug, unit), in one narrow row: what a dashboard
 * counting items live (a full-text search) needs to total the seizures of the items it counts, in the same
 * pass, instead of matching the items a second time against the observations.
 *
 * item_figures has a row per item with confirmed figures: `kinds` ('<series>\t<drug as JSON>\t<unit as
 * JSON>', sorted; JSON strings cannot hold a raw tab) and `totals`, the sums, in the same order. A statement
 * trigger on observations rewrites the rows of the items whose figures a statement touched, from the
 * observations as they are now, so no write path can forget it; a deleted item's row goes by the cascade.
 */

const KIND = `o.series_key || E'\\t' || coalesce(to_json(o.dimension)::text, 'null') || E'\\t' || coalesce(to_json(o.unit)::text, 'null')`;

/** Rewrites the rows of the items whose ids `ids` (a query) returns. */
const refresh = (ids: string) => `
  delete from item_figures where item_id in (${ids});
  insert into item_figures (item_id, kinds, totals)
  select item_id, array_agg(kind order by kind), array_agg(total order by kind)
  from (
    select o.item_id, ${KIND} as kind, sum(o.value) as total
    from observations o
    where o.item_id in (${ids}) and o.status = 'confirmed'
    group by 1, 2
  ) k
  group by item_id;`;

const STATEMENTS = [
  `create table item_figures (
     item_id integer primary key references items (id) on delete cascade,
     kinds text[] not null,
     totals double precision[] not null,
     check (cardinality(kinds) = cardinality(totals))
   )`,
  ...(
    [
      ['insert', 'select item_id from new_rows where item_id is not null', 'new table as new_rows'],
      [
        'update',
        'select item_id from new_rows where item_id is not null union select item_id from old_rows where item_id is not null',
        'old table as old_rows new table as new_rows',
      ],
      ['delete', 'select item_id from old_rows where item_id is not null', 'old table as old_rows'],
    ] as const
  ).flatMap(([op, ids, transition]) => [
    `create function item_figures_${op}d() returns trigger language plpgsql as $$
     begin
       ${refresh(ids)}
       return null;
     end $$`,
    `create trigger item_figures_${op} after ${op} on observations referencing ${transition}
       for each statement execute function item_figures_${op}d()`,
  ]),
  // A TRUNCATE fires no row triggers, and leaves no figures.
  `create function item_figures_truncated() returns trigger language plpgsql as $$
   begin
     delete from item_figures;
     return null;
   end $$`,
  `create trigger item_figures_truncate after truncate on observations for each statement execute function item_figures_truncated()`,
  `do $$ begin ${refresh('select item_id from observations where item_id is not null')} end $$`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const op of ['insert', 'update', 'delete', 'truncate']) await sql.raw(`drop trigger if exists item_figures_${op} on observations`).execute(db);
  for (const fn of ['inserted', 'updated', 'deleted', 'truncated']) await sql.raw(`drop function if exists item_figures_${fn}()`).execute(db);
  await sql.raw('drop table if exists item_figures').execute(db);
}
