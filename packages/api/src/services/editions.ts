import type { Database, Kysely } from '@atalaya/db';
import { notFound } from '../errors.ts';
import { ITEM_COLUMNS, isDemoSource, toSummary, type ItemSummary } from './items.ts';

export interface EditionSummary {
  id: number;
  title: string;
  publishedOn: string;
  author: string | null;
  itemCount: number;
  /** Demo content: the UI tags it "demo data". */
  demo: boolean;
}

export interface EditionDetail extends Omit<EditionSummary, 'itemCount'> {
  commentary: string | null;
  items: ItemSummary[];
}

export interface Commentary {
  editionId: number;
  title: string;
  publishedOn: string;
  author: string | null;
  commentary: string;
  demo: boolean;
}

/** Published editions, newest first. */
export async function listEditions(db: Kysely<Database>, args: { limit?: number } = {}): Promise<EditionSummary[]> {
  const rows = await db
    .selectFrom('editions')
    .leftJoin('items', (j) => j.onRef('items.edition_id', '=', 'editions.id').on('items.status', '=', 'published'))
    .select((eb) => ['editions.id', 'editions.title', 'editions.published_on', 'editions.author', 'editions.source_format', eb.fn.count<number>('items.id').as('item_count')])
    .where('editions.status', '=', 'published')
    .groupBy('editions.id')
    .orderBy('editions.published_on', 'desc')
    .orderBy('editions.id', 'desc')
    .limit(args.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedOn: r.published_on as string,
    author: r.author,
    itemCount: Number(r.item_count),
    demo: isDemoSource(r.source_format),
  }));
}

/** One published edition as it was published: commentary, then its items in order. */
export async function getEdition(db: Kysely<Database>, id: number): Promise<EditionDetail> {
  const edition = await db
    .selectFrom('editions')
    .select(['id', 'title', 'published_on', 'author', 'commentary', 'source_format'])
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!edition) throw notFound(`Edition ${id}`);
  const rows = await db
    .selectFrom('items')
    .innerJoin('editions', 'editions.id', 'items.edition_id')
    .select([...ITEM_COLUMNS])
    .where('items.edition_id', '=', id)
    .where('items.status', '=', 'published')
    .orderBy('items.position')
    .execute();
  return {
    id: edition.id,
    title: edition.title,
    publishedOn: edition.published_on as string,
    author: edition.author,
    commentary: edition.commentary,
    demo: isDemoSource(edition.source_format),
    items: rows.map(toSummary),
  };
}

/** The latest published edition that has a commentary, as a query (the dashboard reads it in a statement of its own). */
export function latestCommentaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('editions')
    .select(['id', 'title', 'published_on', 'author', 'commentary', 'source_format'])
    .where('status', '=', 'published')
    .where('commentary', 'is not', null)
    .where('commentary', '<>', '')
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1);
}

export function toCommentary(
  row: { id: number; title: string; published_on: string | null; author: string | null; commentary: string | null; source_format: string } | null | undefined,
): Commentary | null {
  if (!row || !row.commentary) return null;
  return {
    editionId: row.id,
    title: row.title,
    publishedOn: row.published_on as string,
    author: row.author,
    commentary: row.commentary,
    demo: isDemoSource(row.source_format),
  };
}

/** The commentary of the latest published edition that has one. */
export async function latestCommentary(db: Kysely<Database>): Promise<Commentary | null> {
  return toCommentary(await latestCommentaryQuery(db).executeTakeFirst());
}
