import type { Database, Kysely } from '@atalaya/db';
import { NATIONAL, type Filter } from '@atalaya/domain';
import { filteredItems } from '../filter-query.ts';
import { observationFigure, type ObservationFigure } from '../metrics.ts';
import { EXPORT_PAGE_SIZE } from './csv.ts';

export interface ExportObservation extends ObservationFigure {
  id: number;
  seriesKey: string;
  dataStatus: 'preliminary' | 'definitive' | null;
  sourceLabel: string | null;
  sourceUrl: string | null;
  confidence: 'high' | 'medium' | 'low';
  itemId: number | null;
}

/**
 * The observations behind a filter's view, as the dashboard selects them:
 * - every confirmed figure extracted from an item the filter selects, whatever its place or
 *   period (the seizure KPIs count figures this way: by the items they come from);
 * - confirmed figures from datasets (official and third-party statistics, not tied to an item)
 *   whose period overlaps the filter's dates, as `seriesData` (metrics.series) picks them for
 *   the trend charts, and whose place is national ('MX') or one of the filter's states — the
 *   charts and KPIs always show the national figure beside the states — or any place (the US
 *   too) when the filter names no state.
 * Topics, organisations and search text describe items, so they narrow the extracted figures
 * only. Proposed and rejected figures never reach clients, so never an export either.
 */
function observationsQuery(db: Kysely<Database>, filter: Filter) {
  const itemIds = filteredItems(db, filter).select('items.id');
  const places = filter.states.length > 0 ? [...new Set([NATIONAL, ...filter.states])] : null;
  return db
    .selectFrom('observations')
    .select(['id', 'series_key', 'place', 'period_start', 'period_end', 'value', 'unit', 'dimension', 'data_status', 'source_label', 'source_url', 'confidence', 'item_id'])
    .where('status', '=', 'confirmed')
    .where((eb) => {
      const fromDataset = [eb('item_id', 'is', null)];
      if (places) fromDataset.push(eb('place', 'in', places));
      if (filter.from) fromDataset.push(eb('period_end', '>=', filter.from));
      if (filter.to) fromDataset.push(eb('period_start', '<=', filter.to));
      return eb.or([eb('item_id', 'in', itemIds), eb.and(fromDataset)]);
    });
}

/** The filter's observations ordered by series, place, period start and id, a page at a time (keyset on that order). */
export async function* observationPages(db: Kysely<Database>, filter: Filter, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportObservation[], void, undefined> {
  let after: ExportObservation | undefined;
  for (;;) {
    let query = observationsQuery(db, filter);
    if (after) {
      const { seriesKey, place, periodStart, id } = after;
      query = query.where((eb) => eb(eb.refTuple('series_key', 'place', 'period_start', 'id'), '>', eb.tuple(seriesKey, place, periodStart, id)));
    }
    const rows = await query.orderBy('series_key').orderBy('place').orderBy('period_start').orderBy('id').limit(pageSize).execute();
    const page = rows.map(
      (r): ExportObservation => ({
        id: r.id,
        seriesKey: r.series_key,
        ...observationFigure(r),
        dataStatus: r.data_status,
        sourceLabel: r.source_label,
        sourceUrl: r.source_url,
        confidence: r.confidence,
        itemId: r.item_id,
      }),
    );
    yield page;
    after = page.at(-1);
    if (page.length < pageSize) return;
  }
}
