import type { Database, Kysely } from '@atalaya/db';
import { seriesByKey, type Filter } from '@atalaya/domain';
import { csvDocument, type CsvCell, type CsvExport } from './csv.ts';
import { placeName, type ExportLang } from './labels.ts';
import { exportLevelsDate, levelCell, utcToday, levelLookup, type LevelLookup } from './levels.ts';
import { observationPages, type ExportObservation } from './observations.ts';

export const OBSERVATION_CSV_HEADER = [
  'series_key',
  'series_label',
  'place',
  'place_name',
  'period_start',
  'period_end',
  'value',
  'unit',
  'dimension',
  'data_status',
  'source_label',
  'source_url',
  'confidence',
  'item_id',
  'risk_level',
  'risk_level_on',
] as const;

/**
 * One observation as a CSV row; `risk_level` is the firm's overall level of its state in force on
 * `risk_level_on` ("not rated" for a state never rated; empty for national and foreign places).
 */
export function observationCsvRow(o: ExportObservation, lang: ExportLang, levels: { date: string; levels: LevelLookup }): CsvCell[] {
  return [
    o.seriesKey,
    seriesByKey(o.seriesKey)?.label[lang] ?? o.seriesKey,
    o.place,
    placeName(o.place, lang),
    o.periodStart,
    o.periodEnd,
    o.value,
    o.unit,
    o.dimension,
    o.dataStatus,
    o.sourceLabel,
    o.sourceUrl,
    o.confidence,
    o.itemId,
    levelCell(o.place, levels.levels, lang),
    levels.date,
  ];
}

/**
 * The observations behind a filter (see `observationPages`) as CSV, streamed a page at a time, with
 * their states' overall risk levels at the end of the filter's period (the export's day, UTC, when it is open-ended).
 */
export function observationsCsv(db: Kysely<Database>, filter: Filter, options: { lang: ExportLang; today?: string; pageSize?: number }): CsvExport {
  const levels = { date: exportLevelsDate(filter, options.today ?? utcToday()), levels: new Map() as LevelLookup };
  async function* pages() {
    levels.levels = await levelLookup(db, levels.date);
    yield* observationPages(db, filter, options.pageSize);
  }
  return csvDocument(OBSERVATION_CSV_HEADER, pages(), (o) => observationCsvRow(o, options.lang, levels));
}
