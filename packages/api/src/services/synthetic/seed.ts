import type { Database, Kysely, Transaction } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { RawBuilder } from 'kysely';
import { badRequest, conflict } from '../../errors.ts';
import { syncCatalog } from '../catalog.ts';
import { syntheticEditions, type SyntheticEdition } from './editions.ts';
import { syntheticObservations, type SyntheticObservation } from './observations.ts';
import { Rng } from './random.ts';

export interface SyntheticOptions {
  items: number;
  observations: number;
  seed?: number;
  onProgress?: (done: { items: number; observations: number }) => void;
}

export interface SyntheticResult {
  editions: number;
  items: number;
  observations: number;
}

/** Marks the synthetic editions (source_name) and observations (dataset). */
export const SYNTHETIC_DATASET = 'synthetic';
const DEFAULT_SEED = 20_261_118;
/** Editions per transaction (≈5,000 items), and observations per insert. */
const EDITION_BATCH = 500;
const OBSERVATION_BATCH = 25_000;
/** At most this share of the observations are figures quoted in items; the rest are monthly series. */
const ITEM_FIGURE_SHARE = 0.1;

type Db = Kysely<Database> | Transaction<Database>;
type Column = readonly [name: string, pgType: string, values: readonly unknown[]];

/** A multi-row insert with one array parameter per column (unnest): fast to send and to parse at any size. */
function insertColumns(table: keyof Database, columns: readonly Column[]): RawBuilder<unknown> {
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map(([name]) => sql.ref(name)))})
    select * from unnest(${sql.join(columns.map(([, type, values]) => sql`${values}::${sql.raw(type)}[]`))})`;
}

/**
 * Runs inserts as one statement (data-modifying CTEs): items and their places and tags arrive together,
 * so the triggers that keep the aggregates see each item once, complete.
 */
async function insertTogether(db: Db, inserts: readonly RawBuilder<unknown>[]): Promise<void> {
  const last = inserts.at(-1);
  if (!last) return;
  const ctes = inserts.slice(0, -1).map((insert, i) => sql`${sql.raw(`w${i}`)} as (${insert})`);
  await (ctes.length > 0 ? sql`with ${sql.join(ctes)} ${last}` : last).execute(db);
}

/** Takes `count` ids from a table's identity sequence, so child rows can be written without reading ids back. */
async function reserveIds(db: Db, table: 'editions' | 'items', count: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence(${table}, 'id'))::int as id from generate_series(1, ${count})`.execute(db);
  return rows.map((r) => r.id);
}

async function tagIds(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('tags').select(['id', 'kind', 'slug']).where('kind', 'in', ['topic', 'organization']).execute();
  return new Map(rows.map((r) => [`${r.kind}:${r.slug}`, r.id]));
}

async function insertEditions(trx: Transaction<Database>, editions: SyntheticEdition[], tags: Map<string, number>): Promise<{ items: number; figures: number }> {
  const editionIds = await reserveIds(trx, 'editions', editions.length);
  const itemCount = editions.reduce((n, e) => n + e.items.length, 0);
  const itemIds = await reserveIds(trx, 'items', itemCount);
  await insertColumns('editions', [
    ['id', 'int', editionIds],
    ['title', 'text', editions.map((e) => e.title)],
    ['published_on', 'date', editions.map((e) => e.publishedOn)],
    ['author', 'text', editions.map((e) => e.author)],
    ['commentary', 'text', editions.map((e) => e.commentary)],
    ['source_format', 'text', editions.map(() => 'demo')],
    ['source_name', 'text', editions.map(() => SYNTHETIC_DATASET)],
    ['status', 'text', editions.map(() => 'published')],
    // Published the day each came out, as a real archive was: "what is new since" reads this.
    ['published_at', 'timestamptz', editions.map((e) => `${e.publishedOn}T12:00:00Z`)],
  ]).execute(trx);

  const items = editions.flatMap((e, i) => e.items.map((item, position) => ({ ...item, editionId: editionIds[i] as number, position })));
  const ids = items.map((_, i) => itemIds[i] as number);
  const itemRows = insertColumns('items', [
    ['id', 'int', ids],
    ['edition_id', 'int', items.map((i) => i.editionId)],
    ['position', 'int', items.map((i) => i.position)],
    ['headline', 'text', items.map((i) => i.headline)],
    ['summary', 'text', items.map((i) => i.summary)],
    ['item_date', 'date', items.map((i) => i.date)],
    ['outlet', 'text', items.map((i) => i.outlet)],
    ['article_author', 'text', items.map((i) => i.author)],
    ['original_title', 'text', items.map((i) => i.originalTitle)],
    ['url', 'text', items.map((i) => i.url)],
    ['language', 'text', items.map((i) => i.language)],
    ['status', 'text', items.map(() => 'published')],
  ]);

  const places = items.flatMap((item, i) => item.places.map((place) => [ids[i] as number, place] as const));
  const placeRows = insertColumns('item_places', [
    ['item_id', 'int', places.map(([id]) => id)],
    ['place', 'text', places.map(([, place]) => place)],
    ['origin', 'text', places.map(() => 'editor')],
  ]);

  const tagOf = (kind: string, slug: string) => {
    const id = tags.get(`${kind}:${slug}`);
    if (id === undefined) throw new Error(`The tag catalog has no ${kind} "${slug}"`);
    return id;
  };
  const itemTags = items.flatMap((item, i) => [
    ...item.topics.map((slug) => [ids[i] as number, tagOf('topic', slug)] as const),
    ...item.organizations.map((slug) => [ids[i] as number, tagOf('organization', slug)] as const),
  ]);
  const tagRows = insertColumns('item_tags', [
    ['item_id', 'int', itemTags.map(([id]) => id)],
    ['tag_id', 'int', itemTags.map(([, tag]) => tag)],
    ['origin', 'text', itemTags.map(() => 'editor')],
  ]);

  const figures = items.flatMap((item, i) => (item.figure ? [{ ...item.figure, itemId: ids[i] as number, place: item.places[0] as string, date: item.date, item }] : []));
  const figureRows = insertColumns('observations', [
    ['series_key', 'text', figures.map((f) => f.series)],
    ['place', 'text', figures.map((f) => f.place)],
    ['period_start', 'date', figures.map((f) => f.date)],
    ['period_end', 'date', figures.map((f) => f.date)],
    ['value', 'float8', figures.map((f) => f.value)],
    ['unit', 'text', figures.map((f) => f.unit)],
    ['dimension', 'text', figures.map((f) => f.dimension)],
    ['status', 'text', figures.map(() => 'confirmed')],
    ['confidence', 'text', figures.map(() => 'high')],
    ['item_id', 'int', figures.map((f) => f.itemId)],
    ['source_label', 'text', figures.map((f) => f.item.outlet)],
    ['source_url', 'text', figures.map((f) => f.item.url)],
    ['text', 'text', figures.map((f) => f.text)],
  ]);
  await insertTogether(trx, [itemRows, placeRows, tagRows, figureRows]);
  return { items: items.length, figures: figures.length };
}

async function insertObservations(db: Db, rows: SyntheticObservation[], firstRow: number, seed: number): Promise<void> {
  await insertColumns('observations', [
    ['series_key', 'text', rows.map((o) => o.series)],
    ['place', 'text', rows.map((o) => o.place)],
    ['period_start', 'date', rows.map((o) => o.periodStart)],
    ['period_end', 'date', rows.map((o) => o.periodEnd)],
    ['value', 'float8', rows.map((o) => o.value)],
    ['unit', 'text', rows.map((o) => o.unit)],
    ['dimension', 'text', rows.map((o) => o.dimension)],
    ['status', 'text', rows.map(() => 'confirmed')],
    ['data_status', 'text', rows.map((o) => o.dataStatus)],
    ['confidence', 'text', rows.map((o) => o.confidence)],
    ['dataset', 'text', rows.map(() => SYNTHETIC_DATASET)],
    ['dataset_row', 'text', rows.map((_, i) => `${seed}:${firstRow + i}`)],
    ['source_label', 'text', rows.map(() => 'Synthetic')],
  ]).execute(db);
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw badRequest(`${name} must be a whole number ≥ 0, not ${value}`);
}

/**
 * Fills the database with a deterministic synthetic archive: weekly editions of published items (places,
 * topics, organizations skewed as in the real press) and monthly official series for every state, for
 * load tests and benchmarks. The same seed always writes the same rows.
 */
export async function seedSynthetic(db: Kysely<Database>, options: SyntheticOptions): Promise<SyntheticResult> {
  checkCount('items', options.items);
  checkCount('observations', options.observations);
  const seed = options.seed ?? DEFAULT_SEED;
  checkCount('seed', seed);
  const existing = await db.selectFrom('editions').select('id').where('source_name', '=', SYNTHETIC_DATASET).limit(1).executeTakeFirst();
  if (existing) throw conflict('The database already has synthetic data');
  await syncCatalog(db);
  const tags = await tagIds(db);

  // Separate streams, so the item count does not change the observations and vice versa.
  const itemRng = new Rng(seed);
  const observationRng = new Rng(seed ^ 0x5eed);
  const done = { items: 0, observations: 0 };
  let editions = 0;
  let batch: SyntheticEdition[] = [];
  const flushEditions = async () => {
    if (batch.length === 0) return;
    const written = await db.transaction().execute((trx) => insertEditions(trx, batch, tags));
    editions += batch.length;
    done.items += written.items;
    done.observations += written.figures;
    batch = [];
    options.onProgress?.({ ...done });
  };
  const figureBudget = Math.floor(options.observations * ITEM_FIGURE_SHARE);
  for (const edition of syntheticEditions(itemRng, options.items, figureBudget)) {
    batch.push(edition);
    if (batch.length >= EDITION_BATCH) await flushEditions();
  }
  await flushEditions();

  let rows: SyntheticObservation[] = [];
  let written = 0;
  const flushObservations = async () => {
    if (rows.length === 0) return;
    await insertObservations(db, rows, written, seed);
    written += rows.length;
    done.observations += rows.length;
    rows = [];
    options.onProgress?.({ ...done });
  };
  for (const row of syntheticObservations(observationRng, options.observations - done.observations)) {
    rows.push(row);
    if (rows.length >= OBSERVATION_BATCH) await flushObservations();
  }
  await flushObservations();
  // What autovacuum would do in time on PostgreSQL, and never does on PGlite: statistics for the planner,
  // and the visibility map that lets index-only scans skip the tables.
  await sql`vacuum analyze`.execute(db);
  return { editions, items: done.items, observations: done.observations };
}
