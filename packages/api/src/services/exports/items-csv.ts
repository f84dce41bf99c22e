import type { Database, Kysely } from '@atalaya/db';
import { stateByIso, type Filter } from '@atalaya/domain';
import { listItems, type ItemSummary } from '../items.ts';
import { csvDocument, EXPORT_PAGE_SIZE, type CsvCell, type CsvExport } from './csv.ts';
import { placeName, type ExportLang } from './labels.ts';

/**
 * Every item `listItems` returns for the filter, in its order (newest first), a page at a time
 * through its keyset cursor: the export is the dashboard's list, however long.
 */
export async function* itemPages(db: Kysely<Database>, filter: Filter, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ItemSummary[], void, undefined> {
  let cursor: string | null = null;
  do {
    const page = await listItems(db, { filter, cursor, limit: pageSize });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

export const ITEM_CSV_HEADER = [
  'id',
  'date',
  'headline',
  'summary',
  'outlet',
  'article_author',
  'original_title',
  'url',
  'language',
  'places',
  'inegi_codes',
  'place_names',
  'topics',
  'organizations',
  'people',
  'edition_id',
] as const;

/** Separates the values of a list inside one cell. */
export const LIST_SEPARATOR = '; ';

/**
 * One item as a CSV row: `places` holds every place code (states as ISO 3166-2, 'MX' for national
 * scope, foreign countries as ISO 3166-1), `inegi_codes` the INEGI codes of its states, and
 * `place_names` the names of all its places, in the same order as `places`.
 */
export function itemCsvRow(item: ItemSummary, lang: ExportLang): CsvCell[] {
  const list = (values: string[]) => values.join(LIST_SEPARATOR);
  return [
    item.id,
    item.date,
    item.headline,
    item.summary,
    item.outlet,
    item.articleAuthor,
    item.originalTitle,
    item.url,
    item.language,
    list(item.places),
    list(item.places.flatMap((code) => stateByIso(code)?.inegi ?? [])),
    list(item.places.map((code) => placeName(code, lang))),
    list(item.topics.map((t) => t.label[lang])),
    list(item.organizations.map((t) => t.label[lang])),
    list(item.people.map((t) => t.label[lang])),
    item.editionId,
  ];
}

/** The published items of a filter as CSV, streamed a page at a time. */
export function itemsCsv(db: Kysely<Database>, filter: Filter, options: { lang: ExportLang; pageSize?: number }): CsvExport {
  return csvDocument(ITEM_CSV_HEADER, itemPages(db, filter, options.pageSize), (item) => itemCsvRow(item, options.lang));
}
