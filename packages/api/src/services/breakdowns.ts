import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { stateByIso, type Filter, type SeriesKey } from '@atalaya/domain';
import { filteredItems } from './filter-query.ts';

export interface TopicMonth {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  topic: string;
  count: number;
}

/** Items per topic per month for the filter (the "volume by topic" chart). */
export async function topicVolume(db: Kysely<Database>, filter: Filter): Promise<TopicMonth[]> {
  const ids = filteredItems(db, filter).select('items.id');
  return db
    .selectFrom('item_tags')
    .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
    .innerJoin('items', 'items.id', 'item_tags.item_id')
    .select([
      sql<string>`to_char(date_trunc('month', items.item_date), 'YYYY-MM-DD')`.as('month'),
      'tags.slug as topic',
      sql<number>`count(*)::int`.as('count'),
    ])
    .where('tags.kind', '=', 'topic')
    .where('item_tags.item_id', 'in', ids)
    .groupBy([sql`date_trunc('month', items.item_date)`, 'tags.slug'])
    .orderBy('month')
    .orderBy('topic')
    .execute();
}

export interface LatestByState {
  series: SeriesKey;
  /** The latest year (or period start) with figures; null when the series has none. */
  period: { start: string; end: string } | null;
  values: Array<{
    place: string;
    value: number;
    dataStatus: 'preliminary' | 'definitive' | null;
    confidence: 'high' | 'medium' | 'low';
    sourceLabel: string | null;
    sourceUrl: string | null;
  }>;
}

/**
 * Each state's figure for the latest period of a series (the map's homicide-rate layer).
 * States without a figure for that period are simply absent: "no data", never zero.
 * For a period with both a preliminary and a definitive figure, the definitive one wins.
 */
export async function latestByState(db: Kysely<Database>, series: SeriesKey, options: { to?: string | undefined } = {}): Promise<LatestByState> {
  let latest = db
    .selectFrom('observations')
    .select(['period_start', 'period_end'])
    .where('series_key', '=', series)
    .where('status', '=', 'confirmed')
    .where('dataset', 'is not', null)
    .where('place', 'like', 'MX-%');
  if (options.to) latest = latest.where('period_end', '<=', options.to);
  const period = await latest.orderBy('period_end', 'desc').orderBy('period_start', 'desc').limit(1).executeTakeFirst();
  if (!period) return { series, period: null, values: [] };
  const rows = await db
    .selectFrom('observations')
    .select(['place', 'value', 'data_status', 'confidence', 'source_label', 'source_url'])
    .where('series_key', '=', series)
    .where('status', '=', 'confirmed')
    .where('dataset', 'is not', null)
    .where('place', 'like', 'MX-%')
    .where('period_start', '=', period.period_start)
    .where('period_end', '=', period.period_end)
    .orderBy('place')
    .orderBy(sql`case data_status when 'definitive' then 0 else 1 end`)
    .execute();
  const seen = new Set<string>();
  const values: LatestByState['values'] = [];
  for (const r of rows) {
    if (seen.has(r.place) || !stateByIso(r.place)) continue;
    seen.add(r.place);
    values.push({ place: r.place, value: r.value, dataStatus: r.data_status, confidence: r.confidence, sourceLabel: r.source_label, sourceUrl: r.source_url });
  }
  return { series, period: { start: period.period_start, end: period.period_end }, values };
}

export interface TagCount {
  slug: string;
  label: { en: string; es: string };
  count: number;
}

/** Organizations (or people, topics) with how many published items carry them; for pickers and "top" lists. */
export async function tagCounts(
  db: Kysely<Database>,
  kind: 'topic' | 'organization' | 'person',
  filter: Filter | null,
  limit = 500,
): Promise<TagCount[]> {
  const ids = filteredItems(db, filter ?? { states: [], topics: [], orgs: [] }).select('items.id');
  const rows = await db
    .selectFrom('tags')
    .innerJoin('item_tags', 'item_tags.tag_id', 'tags.id')
    .select(['tags.slug', 'tags.label_en', 'tags.label_es', sql<number>`count(*)::int`.as('count')])
    .where('tags.kind', '=', kind)
    .where('item_tags.item_id', 'in', ids)
    .groupBy(['tags.id', 'tags.slug', 'tags.label_en', 'tags.label_es'])
    .orderBy('count', 'desc')
    .orderBy('tags.slug')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.slug, label: { en: r.label_en, es: r.label_es }, count: r.count }));
}
