import type { Database, Kysely } from '@atalaya/db';
import { isIsoDate, MAX_ID, type Filter } from '@atalaya/domain';
import { z } from 'zod';
import { badRequest, notFound } from '../errors.ts';
import { filteredFacets, filteredItems } from './filter-query.ts';
import { itemTagColumns, toItemTags, type ItemTags } from './item-tags.ts';
import { observationFigure, type ObservationFigure } from './metrics.ts';

export interface ItemSummary extends ItemTags {
  id: number;
  editionId: number;
  kind: 'summary' | 'article';
  headline: string;
  summary: string;
  date: string;
  outlet: string | null;
  articleAuthor: string | null;
  originalTitle: string | null;
  url: string | null;
  language: 'en' | 'es';
  /** From a demo edition: shown with a "demo data" tag so nobody takes it for the firm's reporting. */
  demo: boolean;
}

export interface ItemPage {
  items: ItemSummary[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Whether an edition of this source format is demo content (the demo dataset, synthetic data). */
export const isDemoSource = (sourceFormat: string): boolean => sourceFormat === 'demo';

/** What an item summary is made of, its places and tags included, from a query over `items` joined to `editions`. */
export const ITEM_COLUMNS = [
  'items.id', 'items.edition_id', 'items.kind', 'items.headline', 'items.summary', 'items.item_date',
  'items.outlet', 'items.article_author', 'items.original_title', 'items.url', 'items.language',
  'editions.source_format',
  ...itemTagColumns,
] as const;

type ItemRow = {
  id: number; edition_id: number; kind: 'summary' | 'article'; headline: string; summary: string; item_date: string;
  outlet: string | null; article_author: string | null; original_title: string | null; url: string | null; language: 'en' | 'es';
  source_format: string;
} & Parameters<typeof toItemTags>[0];

export function toSummary(row: ItemRow): ItemSummary {
  return {
    id: row.id,
    editionId: row.edition_id,
    kind: row.kind,
    headline: row.headline,
    summary: row.summary,
    date: row.item_date,
    outlet: row.outlet,
    articleAuthor: row.article_author,
    originalTitle: row.original_title,
    url: row.url,
    language: row.language,
    demo: isDemoSource(row.source_format),
    ...toItemTags(row),
  };
}

/** Cursor = the last item's date and id: stable under inserts, unlike an offset. */
export function encodeCursor(date: string, id: number): string {
  return `${date}_${id}`;
}

/** The date and id a cursor names, or null when it is not one `encodeCursor` could have written. */
function parseCursor(cursor: string): { date: string; id: number } | null {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(cursor);
  const date = match?.[1];
  const id = Number(match?.[2]);
  return date !== undefined && isIsoDate(date) && id <= MAX_ID ? { date, id } : null;
}

const cursorError = (cursor: string) => `Invalid cursor "${cursor.slice(0, 40)}"`;

export function decodeCursor(cursor: string): { date: string; id: number } {
  const parsed = parseCursor(cursor);
  if (!parsed) throw badRequest(cursorError(cursor));
  return parsed;
}

/** A page cursor as a client sends it back: refused before any query when it names an impossible date or id. */
export const zItemCursor = z
  .string()
  .max(40)
  .refine((cursor) => parseCursor(cursor) !== null, { error: (iss) => cursorError(String(iss.input)) });

/**
 * The ids and dates of one page of the filter's items, newest first, read from the facets (an index in
 * date order, stopping at the page's end, or the search index for rare words).
 */
function pageKeys(db: Kysely<Database>, filter: Filter, cursor: string | null | undefined, limit: number) {
  const after = cursor ? decodeCursor(cursor) : null;
  let q = filteredFacets(db, filter).select(['f.item_id as id', 'f.item_date as date']);
  if (after) q = q.where((eb) => eb(eb.refTuple('f.item_date', 'f.item_id'), '<', eb.tuple(after.date, after.id)));
  return q.orderBy('f.item_date', 'desc').orderBy('f.item_id', 'desc').limit(limit);
}

/** Published items matching the filter, newest first, one page at a time. */
export async function listItems(
  db: Kysely<Database>,
  args: { filter: Filter; cursor?: string | null | undefined; limit?: number | undefined },
): Promise<ItemPage> {
  const limit = args.limit ?? 50;
  const rows = await db
    .selectFrom(pageKeys(db, args.filter, args.cursor, limit + 1).as('page'))
    .innerJoin('items', 'items.id', 'page.id')
    .innerJoin('editions', 'editions.id', 'items.edition_id')
    .select([...ITEM_COLUMNS])
    .orderBy('page.date', 'desc')
    .orderBy('page.id', 'desc')
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeCursor(last.item_date, last.id) : null,
  };
}

export interface ItemObservation extends ObservationFigure {
  id: number;
  series: string;
  text: string | null;
  confidence: 'high' | 'medium' | 'low';
}

export interface ItemDetail extends ItemSummary {
  edition: { id: number; title: string; publishedOn: string | null; author: string | null };
  observations: ItemObservation[];
}

/** One published item with its edition and its confirmed figures; with `within`, only if the item matches that filter. */
export async function getItem(db: Kysely<Database>, id: number, options: { within?: Filter | undefined } = {}): Promise<ItemDetail> {
  const row = await (options.within ? filteredItems(db, options.within) : db.selectFrom('items'))
    .innerJoin('editions', 'editions.id', 'items.edition_id')
    .select([...ITEM_COLUMNS, 'editions.title as edition_title', 'editions.published_on', 'editions.author'])
    .where('items.id', '=', id)
    .where('items.status', '=', 'published')
    .where('editions.status', '=', 'published')
    .executeTakeFirst();
  if (!row) throw notFound(`Item ${id}`);
  const observations = await db
    .selectFrom('observations')
    .select(['id', 'series_key', 'place', 'period_start', 'period_end', 'value', 'unit', 'dimension', 'text', 'confidence'])
    .where('item_id', '=', id)
    .where('status', '=', 'confirmed')
    .orderBy('id')
    .execute();
  return {
    ...toSummary(row),
    edition: { id: row.edition_id, title: row.edition_title, publishedOn: row.published_on, author: row.author },
    observations: observations.map((o) => ({
      id: o.id,
      series: o.series_key,
      ...observationFigure(o),
      text: o.text,
      confidence: o.confidence,
    })),
  };
}
