import type { Database, Kysely } from '@atalaya/db';
import { stateByIso, type Filter } from '@atalaya/domain';
import { listItems, type ItemSummary } from '../items.ts';
import { csvDocument, EXPORT_PAGE_SIZE, type CsvCell, type CsvExport } from './csv.ts';
import { placeName, type ExportLang } from './labels.ts';
import { exportLevelsDate, levelCell, utcToday, levelLookup, type LevelLookup } from './levels.ts';

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
  'risk_levels',
  'risk_levels_on',
] as const;

/** Separates the values of a list inside one cell. */
export const LIST_SEPARATOR = '; ';

/** The firm's overall levels an export writes beside each state: those in force on `date`. */
export interface ExportLevels {
  date: string;
  levels: LevelLookup;
}

/**
 * One item as a CSV row: `places` holds every place code (states as ISO 3166-2, 'MX' for national
 * scope, foreign countries as ISO 3166-1), `inegi_codes` the INEGI codes of its states, and
 * `place_names` the names of all its places, in the same order as `places`. `risk_levels` has the
 * overall level of each of its states, in the order of `inegi_codes`, in force on `risk_levels_on`
 * ("not rated" for a state never rated by then).
 */
export function itemCsvRow(item: ItemSummary, lang: ExportLang, levels: ExportLevels): CsvCell[] {
  const list = (values: string[]) => values.join(LIST_SEPARATOR);
  const states = item.places.filter((code) => stateByIso(code));
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
    list(states.map((code) => stateByIso(code)?.inegi ?? '')),
    list(item.places.map((code) => placeName(code, lang))),
    list(item.topics.map((t) => t.label[lang])),
    list(item.organizations.map((t) => t.label[lang])),
    list(item.people.map((t) => t.label[lang])),
    item.editionId,
    list(states.map((code) => String(levelCell(code, levels.levels, lang)))),
    levels.date,
  ];
}

/**
 * The published items of a filter as CSV, streamed a page at a time, with the overall risk levels of
 * their states at the end of the filter's period (the export's day, UTC, when it is open-ended).
 */
export function itemsCsv(db: Kysely<Database>, filter: Filter, options: { lang: ExportLang; today?: string; pageSize?: number }): CsvExport {
  const levels: ExportLevels = { date: exportLevelsDate(filter, options.today ?? utcToday()), levels: new Map() };
  async function* pages() {
    levels.levels = await levelLookup(db, levels.date);
    yield* itemPages(db, filter, options.pageSize);
  }
  return csvDocument(ITEM_CSV_HEADER, pages(), (item) => itemCsvRow(item, options.lang, levels));
}
