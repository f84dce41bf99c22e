import type { Database, Kysely, Observation } from '@atalaya/db';
import { seriesByKey, type MetricSeries, type PlaceScope, type SeriesKey } from '@atalaya/domain';
import { badRequest } from '../errors.ts';

/** The figure of one observation: where, when, how much, of what. */
export interface ObservationFigure {
  place: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  unit: string;
  dimension: string | null;
}

/** An observations row's figure fields, as the API names them. */
export const observationFigure = (r: Pick<Observation, 'place' | 'period_start' | 'period_end' | 'value' | 'unit' | 'dimension'>): ObservationFigure => ({
  place: r.place,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  value: r.value,
  unit: r.unit,
  dimension: r.dimension,
});

export interface SeriesPoint extends ObservationFigure {
  dataStatus: 'preliminary' | 'definitive' | null;
  confidence: 'high' | 'medium' | 'low';
  sourceUrl: string | null;
  sourceLabel: string | null;
  itemId: number | null;
  /** The dataset's remark on this figure (scope, reconciliation, release). */
  note: string | null;
}

/** Places a series can be asked for: the country, a state, or the US (for US agencies' figures). */
export type SeriesPlace = PlaceScope | 'US';

export interface SeriesData {
  series: MetricSeries;
  points: SeriesPoint[];
}

/** Confirmed observations of one series for some places over a period, oldest first. */
export async function seriesData(
  db: Kysely<Database>,
  args: { series: SeriesKey; places: readonly SeriesPlace[]; from?: string | undefined; to?: string | undefined },
): Promise<SeriesData> {
  const series = seriesByKey(args.series);
  if (!series) throw badRequest(`Unknown series "${args.series}"`);
  let query = db
    .selectFrom('observations')
    .select(['place', 'period_start', 'period_end', 'value', 'unit', 'dimension', 'data_status', 'confidence', 'source_url', 'source_label', 'item_id', 'note'])
    .where('series_key', '=', args.series)
    .where('status', '=', 'confirmed')
    // A chart never mixes sources: official and third-party series come from their datasets only,
    // press figures only from reviewed items.
    .where(series.sourceKind === 'extracted' ? 'item_id' : 'dataset', 'is not', null);
  if (args.places.length > 0) query = query.where('place', 'in', [...args.places]);
  // A period counts when it overlaps the requested range.
  if (args.from) query = query.where('period_end', '>=', args.from);
  if (args.to) query = query.where('period_start', '<=', args.to);
  const rows = await query.orderBy('period_start').orderBy('place').orderBy('id').execute();
  return {
    series,
    points: rows.map((r) => ({
      ...observationFigure(r),
      dataStatus: r.data_status,
      confidence: r.confidence,
      sourceUrl: r.source_url,
      sourceLabel: r.source_label,
      itemId: r.item_id,
      note: r.note,
    })),
  };
}
