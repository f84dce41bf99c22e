import type { Database, Kysely } from '@atalaya/db';
import { runsStatementsInParallel, sql } from '@atalaya/db';
import { NATIONAL, STATE_ISO_CODES, type Filter } from '@atalaya/domain';
import type { RawBuilder } from 'kysely';
import { filteredFacets } from './filter-query.ts';

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

/** Published items matching a filter: how many, and how many per week (its Monday), state and topic. */
export interface ItemCounts {
  total: number;
  byWeek: Count[];
  byState: Count[];
  byTopic: Count[];
}

/** The breakdowns a caller needs besides the total; leaving some out saves work. */
export type CountPart = 'byState' | 'byTopic' | 'byWeek';
const ALL_PARTS: readonly CountPart[] = ['byWeek', 'byState', 'byTopic'];

const DAY_MS = 86_400_000;
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** 0 for Monday … 6 for Sunday. */
const weekday = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Splits a date range into the whole weeks inside it (answered from the weekly aggregates) and the days at
 * either end that only fill part of a week (counted live). `weeks` is null when no whole week fits.
 */
export function splitByWeeks({ from, to }: DateRange): { weeks: DateRange | null; edges: Array<Required<DateRange>> } {
  const first = from === undefined ? undefined : addDays(from, (7 - weekday(from)) % 7);
  const last = to === undefined ? undefined : addDays(to, -((weekday(to) + 1) % 7) - 6);
  if (from !== undefined && to !== undefined && first !== undefined && last !== undefined && first > last) {
    return { weeks: null, edges: [{ from, to }] };
  }
  const edges: Array<Required<DateRange>> = [];
  if (from !== undefined && first !== undefined && from < first) edges.push({ from, to: addDays(first, -1) });
  if (to !== undefined && last !== undefined && addDays(last, 6) < to) edges.push({ from: addDays(last, 7), to });
  return { weeks: { from: first, to: last }, edges };
}

/**
 * The aggregates give each item once only for one state (or none) and one topic (or none), or for one
 * organization alone; never for a text search.
 */
function aggregatable(filter: Filter): boolean {
  if (filter.q) return false;
  if (filter.orgs.length === 1) return filter.states.length === 0 && filter.topics.length === 0;
  return filter.orgs.length === 0 && filter.states.length <= 1 && filter.topics.length <= 1;
}

/** w: per week, s: per state, t: per topic, z: figure totals (key: series). */
type Part = 'w' | 's' | 't' | 'z';
type Row = { part: Part; key: string; count: number; dimension: string | null; unit: string | null };
const PART_CODE: Record<CountPart, Part> = { byWeek: 'w', byState: 's', byTopic: 't' };

/** Selects of one text column `line` each (see `line`), run as one statement, with the CTEs they read. */
interface Query {
  ctes?: RawBuilder<unknown>[];
  selects: RawBuilder<unknown>[];
  /** Planned without sequential scans (see `withoutSeqScans`). */
  indexed?: boolean;
}

/**
 * Runs `fn` with sequential scans off, in a transaction of its own (as is inside a caller's transaction).
 * For a live count of a text search: PostgreSQL's cost model prices testing a search vector like any
 * operator, so for a common word it often rates a scan of all of item_search, testing each of its 100k
 * vectors (70 ms), about as cheap as reading the 14% of rows its search index gives (30 ms), and which it
 * picks changes with each ANALYZE. Three round trips more than a plain query, for one plan every time.
 */
async function withoutSeqScans<T>(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return fn(trx);
  });
}

/** A result row as one tab-separated line: part, key, count (keys are codes, slugs and dates: no tabs). */
const line = (part: Part, key: RawBuilder<unknown>, count: RawBuilder<unknown>) => sql`concat_ws(E'\t', ${part}::text, ${key}, ${count}) as line`;

/**
 * Runs every select as one statement returning one text: one round trip, and PGlite hands rows to
 * JavaScript one field at a time, which a byWeek over decades (thousands of rows) would pay for; plain
 * lines cost the server less to build than JSON.
 */
async function run(db: Kysely<Database>, { ctes = [], selects, indexed = false }: Query): Promise<Row[]> {
  if (selects.length === 0) return [];
  const query = sql<{ lines: string | null }>`${ctes.length > 0 ? sql`with ${sql.join(ctes)} ` : sql``}select string_agg(line, E'\n') as lines from (${sql.join(selects, sql` union all `)}) r`;
  const { rows } = await (indexed ? withoutSeqScans(db, (trx) => query.execute(trx)) : query.execute(db));
  const text = rows[0]?.lines;
  if (!text) return [];
  return text.split('\n').map((l) => {
    const [part, key, count, dimension, unit] = l.split('\t');
    return {
      part: part as Part,
      key: key ?? '',
      count: Number(count),
      dimension: dimension === undefined ? null : (JSON.parse(dimension) as string | null),
      unit: unit === undefined ? null : (JSON.parse(unit) as string | null),
    };
  });
}

/**
 * Ids of the filter's items, for their figures. With text, only those having a confirmed figure: their
 * own search index (item_search_figures_idx) finds them, instead of testing every figure's item.
 */
function figureItemIds(db: Kysely<Database>, filter: Filter) {
  const facets = filteredFacets(db, filter);
  return (filter.q ? facets.where(sql<boolean>`f.has_figures`) : facets).select('f.item_id');
}

/** Confirmed figures of these series quoted in the items whose ids `ids` gives, summed per series, drug and unit. */
function figureSelect(ids: RawBuilder<unknown> | ReturnType<typeof figureItemIds>, series: readonly string[]) {
  // Drug and unit are free text: as JSON strings (or null), they cannot break the line.
  return sql`select concat_ws(E'\t', 'z', o.series_key, sum(o.value), coalesce(to_json(o.dimension)::text, 'null'), coalesce(to_json(o.unit)::text, 'null')) as line
    from observations o
    where o.item_id in (${ids}) and o.series_key in (${sql.join(series)}) and o.status = 'confirmed' and o.item_id is not null
    group by o.series_key, o.dimension, o.unit`;
}

/** The Monday that 64-week blocks are counted from (as in the migration). */
const EPOCH = '2000-01-03';

/**
 * The grouping sets of a live count, per part: the column grouped, and the keys one group row gives (`inSet`:
 * whether the row is one of this set's; see `liveQuery`).
 */
const GROUPINGS: Record<Exclude<Part, 'z'>, { column: string; keys: (inSet: RawBuilder<unknown>) => RawBuilder<unknown> }> = {
  w: { column: 'w', keys: (inSet) => sql`select to_char(g.w, 'YYYY-MM-DD') where ${inSet}` },
  // 'MX' (the whole country) is a place of the facets but not a state.
  s: { column: 'places', keys: (inSet) => sql`select p from unnest(g.places) p where ${inSet} and p <> 'MX'` },
  t: { column: 'topics', keys: (inSet) => sql`select t from unnest(g.topics) t where ${inSet}` },
};

/**
 * Counts over the facets of the filtered items, within `ranges` instead of the filter's dates when given.
 * One pass with grouping sets: the items are grouped by week, by their set of places and by their set of
 * topics at once (a few hundred sets each, however many items match), and only then are the sets split into
 * states and topics and summed. Splitting each item's places and topics first, then grouping, handles four
 * times more rows. With `figures`, the same items' figures too, from a CTE of them: on one connection,
 * better than matching the items twice.
 */
function liveQuery(
  db: Kysely<Database>,
  filter: Filter,
  parts: ReadonlySet<Part>,
  options: { ranges?: Array<Required<DateRange>>; figures?: readonly string[] } = {},
): Query {
  const { ranges, figures = [] } = options;
  const wanted = (['w', 's', 't'] as const).filter((p) => parts.has(p));
  if (wanted.length === 0) return { selects: [] };
  let facets = filteredFacets(db, ranges ? { ...filter, from: undefined, to: undefined } : filter);
  if (ranges) {
    facets = facets.where((eb) => eb.or(ranges.map((r) => eb.and([eb('f.item_date', '>=', r.from), eb('f.item_date', '<=', r.to)]))));
  }
  const rows = ['f.places', 'f.topics', sql<string>`item_week(f.item_date)`.as('w')] as const;
  const counts = (source: unknown) => {
    const column = (p: (typeof wanted)[number]) => sql.raw(GROUPINGS[p].column);
    // Per row of the grouping, whether it is a row of this part's set (grouping() is 0).
    const set = (p: (typeof wanted)[number]) => sql.raw(`g.in_${p} = 0`);
    return sql`select concat_ws(E'\t', part, key, sum(n)) as line from (
      select case ${sql.join(wanted.map((p) => sql`when ${set(p)} then ${p}`), sql` `)} end as part, k.key, g.n
      from (select ${sql.join(wanted.flatMap((p) => [column(p), sql`grouping(${column(p)}) as ${sql.raw(`in_${p}`)}`]))}, count(*) as n
        from (${source}) u group by grouping sets (${sql.join(wanted.map((p) => sql`(${column(p)})`))})) g
      cross join lateral (${sql.join(wanted.map((p) => GROUPINGS[p].keys(set(p))), sql` union all `)}) k(key)
    ) x group by part, key`;
  };
  const indexed = Boolean(filter.q);
  if (figures.length === 0) return { selects: [counts(facets.select(rows))], indexed };
  return {
    ctes: [sql`m as materialized (${facets.select(['f.item_id', ...rows])})`],
    selects: [counts(sql`select w, places, topics from m`), figureSelect(sql`select item_id from m`, figures)],
    indexed,
  };
}

/** The days of 64-week blocks, which are aligned on the epoch (as in the migration). */
const BLOCK_DAYS = 448;
const blockStart = (monday: string) => {
  const days = Math.round((Date.parse(monday) - Date.parse(EPOCH)) / DAY_MS);
  return addDays(monday, -(((days % BLOCK_DAYS) + BLOCK_DAYS) % BLOCK_DAYS));
};

interface CellRange {
  span: 1 | 64;
  from?: string | undefined;
  to?: string | undefined;
}

/** Whole weeks as the fewest cells: whole 64-week blocks, then single weeks at either end. */
function cellRanges(weeks: DateRange): CellRange[] {
  const { from, to } = weeks;
  const first = from === undefined ? undefined : blockStart(from) === from ? from : addDays(blockStart(from), BLOCK_DAYS);
  const last = to === undefined ? undefined : addDays(blockStart(to), BLOCK_DAYS - 7) === to ? blockStart(to) : addDays(blockStart(to), -BLOCK_DAYS);
  if (first !== undefined && last !== undefined && first > last) return [{ span: 1, from, to }];
  const ranges: CellRange[] = [{ span: 64, from: first, to: last }];
  if (from !== undefined && first !== undefined && from < first) ranges.push({ span: 1, from, to: addDays(first, -7) });
  if (to !== undefined && last !== undefined && addDays(last, BLOCK_DAYS) <= to) ranges.push({ span: 1, from: addDays(last, BLOCK_DAYS), to });
  return ranges;
}

function inCells(ranges: readonly CellRange[]) {
  return sql`(${sql.join(
    ranges.map((r) => sql.join([sql`span = ${r.span}`, ...(r.from ? [sql`week >= ${r.from}`] : []), ...(r.to ? [sql`week <= ${r.to}`] : [])], sql` and `)),
    sql` or `,
  )})`;
}

/** The rows of one organization's items (`aggregatable`) from its cells in item_pair_counts, over whole weeks. */
function organizationSelects(org: string, parts: ReadonlySet<Part>, weeks: DateRange): RawBuilder<unknown>[] {
  const inRange = inCells(cellRanges(weeks));
  const selects: RawBuilder<unknown>[] = [];
  if (parts.has('w')) {
    selects.push(sql`select ${line('w', sql`to_char(week, 'YYYY-MM-DD')`, sql`n`)} from item_pair_counts
      where kind = 'org' and a = ${org} and b = '' and ${inCells([{ span: 1, ...weeks }])}`);
  }
  if (parts.has('s')) {
    selects.push(sql`select ${line('s', sql`b`, sql`sum(n)`)} from item_pair_counts where kind = 'org_place' and a = ${org} and b like 'MX-%' and ${inRange} group by b`);
  }
  if (parts.has('t')) {
    selects.push(sql`select ${line('t', sql`b`, sql`sum(n)`)} from item_pair_counts where kind = 'org_topic' and a = ${org} and ${inRange} group by b`);
  }
  return selects;
}

/** The same rows from item_counts and item_pair_counts, over whole weeks. */
function aggregateSelects(filter: Filter, parts: ReadonlySet<Part>, weeks: DateRange): RawBuilder<unknown>[] {
  const org = filter.orgs[0];
  if (org !== undefined) return organizationSelects(org, parts, weeks);
  const state = filter.states[0] ?? '';
  const topic = filter.topics[0] ?? '';
  const inWeeks = inCells([{ span: 1, ...weeks }]);
  const inRange = inCells(cellRanges(weeks));
  const selects: RawBuilder<unknown>[] = [];
  if (parts.has('w')) {
    selects.push(sql`select ${line('w', sql`to_char(week, 'YYYY-MM-DD')`, sql`n`)} from item_counts where place = ${state} and topic = ${topic} and ${inWeeks}`);
  }
  if (parts.has('s')) {
    if (!state) {
      // Every state by name: one index range each (the key starts with the place).
      selects.push(sql`select ${line('s', sql`place`, sql`sum(n)`)} from item_counts
        where place = any(${[...STATE_ISO_CODES]}::text[]) and topic = ${topic} and ${inRange} group by place`);
    } else {
      // Within one state: that state's own items, and for every other state the items that name both.
      if (state !== NATIONAL) {
        selects.push(sql`select ${line('s', sql`place`, sql`sum(n)`)} from item_counts where place = ${state} and topic = '' and ${inRange} group by place`);
      }
      selects.push(sql`select ${line('s', sql`b`, sql`sum(n)`)} from item_pair_counts where kind = 'place' and a = ${state} and b like 'MX-%' and ${inRange} group by b`);
    }
  }
  if (parts.has('t')) {
    if (!topic) {
      selects.push(sql`select ${line('t', sql`topic`, sql`sum(n)`)} from item_counts
        where place = ${state} and topic = any(array(select slug from tags where kind = 'topic')) and ${inRange} group by topic`);
    } else {
      selects.push(sql`select ${line('t', sql`topic`, sql`sum(n)`)} from item_counts where place = '' and topic = ${topic} and ${inRange} group by topic`);
      selects.push(sql`select ${line('t', sql`b`, sql`sum(n)`)} from item_pair_counts where kind = 'topic' and a = ${topic} and ${inRange} group by b`);
    }
  }
  return selects;
}

/**
 * The statements for the filter: pre-aggregated cells where they answer exactly, live counts over facets
 * for the rest, and the figures apart, which a PostgreSQL pool runs at the same time on other connections.
 * On one connection (PGlite, a transaction) the live counts and the figures share one statement instead.
 */
function plan(db: Kysely<Database>, filter: Filter, wanted: ReadonlySet<Part>, figures: readonly string[]): Query[] {
  const queries: Query[] = figures.length > 0 ? [{ selects: [figureSelect(figureItemIds(db, filter), figures)] }] : [];
  if (!aggregatable(filter)) return runsStatementsInParallel(db) ? [liveQuery(db, filter, wanted), ...queries] : [liveQuery(db, filter, wanted, { figures })];
  const { weeks, edges } = splitByWeeks(filter);
  // Pairs give counts within one state or one topic, not within both at once: then by state and topic live.
  const live = new Set<Part>(filter.states.length > 0 && filter.topics.length > 0 ? [...wanted].filter((p) => p !== 'w') : []);
  const aggregated = new Set([...wanted].filter((p) => !live.has(p)));
  const whole = liveQuery(db, filter, live);
  const ends = edges.length > 0 ? liveQuery(db, filter, aggregated, { ranges: edges }) : { selects: [] };
  return [{ selects: [...(weeks ? aggregateSelects(filter, aggregated, weeks) : []), ...whole.selects, ...ends.selects] }, ...queries];
}

/** Total of one kind of figure quoted in the filter's items. */
export interface FigureTotal {
  series: string;
  dimension: string | null;
  unit: string;
  total: number;
}

const byCountThenKey = (a: Count, b: Count) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byKey = (a: Count, b: Count) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * How many published items match the filter, and per week, state and topic, counting every item once; with
 * `figures`, also the totals of the confirmed figures of those series quoted in them. Answered in one or two
 * queries: from the pre-aggregated counts when the filter allows it (one state and one topic at most, no
 * organizations, no text), with the part-weeks at the ends of the date range counted live; otherwise live.
 */
export async function itemCounts(
  db: Kysely<Database>,
  filter: Filter,
  options: { parts?: readonly CountPart[]; figures?: readonly string[] } = {},
): Promise<ItemCounts & { figures: FigureTotal[] }> {
  const wanted = new Set<Part>(['w', ...(options.parts ?? ALL_PARTS).map((p) => PART_CODE[p])]);
  const rows = (await Promise.all(plan(db, filter, wanted, options.figures ?? []).map((q) => run(db, q)))).flat();
  const sums: Record<Exclude<Part, 'z'>, Map<string, number>> = { w: new Map(), s: new Map(), t: new Map() };
  const figures: FigureTotal[] = [];
  for (const { part, key, count, dimension, unit } of rows) {
    if (part === 'z') figures.push({ series: key, dimension, unit: unit ?? '', total: count });
    else sums[part].set(key, (sums[part].get(key) ?? 0) + count);
  }
  const list = (part: Exclude<Part, 'z'>) => [...sums[part]].map(([key, count]) => ({ key, count })).filter((c) => c.count > 0);
  return {
    total: [...sums.w.values()].reduce((n, c) => n + c, 0),
    byWeek: list('w').sort(byKey),
    byState: list('s').sort(byCountThenKey),
    byTopic: list('t').sort(byCountThenKey),
    figures,
  };
}
