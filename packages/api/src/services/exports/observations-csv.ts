import type { Database, Kysely } from '@atalaya/db';
import { seriesByKey, type Filter } from '@atalaya/domain';
import { csvDocument, type CsvCell, type CsvExport } from './csv.ts';
import { placeName, type ExportLang } from './labels.ts';
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
] as const;

export function observationCsvRow(o: ExportObservation, lang: ExportLang): CsvCell[] {
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
  ];
}

/** The observations behind a filter (see `observationPages`) as CSV, streamed a page at a time. */
export function observationsCsv(db: Kysely<Database>, filter: Filter, options: { lang: ExportLang; pageSize?: number }): CsvExport {
  return csvDocument(OBSERVATION_CSV_HEADER, observationPages(db, filter, options.pageSize), (o) => observationCsvRow(o, options.lang));
}
