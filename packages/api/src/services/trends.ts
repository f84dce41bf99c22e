import type { Database, Kysely } from '@atalaya/db';
import { seriesByKey, type PlaceScope, type SeriesKey } from '@atalaya/domain';
import { badRequest } from '../errors.ts';
import type { SeriesData, SeriesPoint } from './metrics.ts';

/** A point of a trend chart: a series point with the dataset's note on it (scope, reconciliation, release). */
export interface TrendPoint extends SeriesPoint {
  note: string | null;
}

export interface TrendSeries extends Omit<SeriesData, 'points'> {
  points: TrendPoint[];
}

/** Places a trend chart can ask for: the country, a state, or the US (for US agencies' figures). */
export type TrendPlace = PlaceScope | 'US';

/**
 * Confirmed observations of one series for a trend chart, oldest first, with their notes.
 * Same rows as `seriesData` (official and third-party series from their datasets only, press
 * figures from reviewed items only), and the US is an allowed place so US CBP figures can be charted.
 */
export async function trendSeries(
  db: Kysely<Database>,
  args: { series: SeriesKey; places: readonly TrendPlace[]; from?: string | undefined; to?: string | undefined },
): Promise<TrendSeries> {
  const series = seriesByKey(args.series);
  if (!series) throw badRequest(`Unknown series "${args.series}"`);
  let query = db
    .selectFrom('observations')
    .select(['place', 'period_start', 'period_end', 'value', 'unit', 'dimension', 'data_status', 'confidence', 'source_url', 'source_label', 'item_id', 'note'])
    .where('series_key', '=', args.series)
    .where('status', '=', 'confirmed')
    .where(series.sourceKind === 'extracted' ? 'item_id' : 'dataset', 'is not', null);
  if (args.places.length > 0) query = query.where('place', 'in', [...args.places]);
  // A period counts when it overlaps the requested range.
  if (args.from) query = query.where('period_end', '>=', args.from);
  if (args.to) query = query.where('period_start', '<=', args.to);
  const rows = await query.orderBy('period_start').orderBy('place').orderBy('id').execute();
  return {
    series,
    points: rows.map((r) => ({
      place: r.place,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      value: r.value,
      unit: r.unit,
      dimension: r.dimension,
      dataStatus: r.data_status,
      confidence: r.confidence,
      sourceUrl: r.source_url,
      sourceLabel: r.source_label,
      itemId: r.item_id,
      note: r.note,
    })),
  };
}
