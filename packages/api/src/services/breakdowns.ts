import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { stateByIso, type Filter, type SeriesKey } from '@atalaya/domain';
import { filteredFacets } from './filter-query.ts';
import { itemCounts } from './item-counts.ts';

export interface TopicMonth {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  topic: string;
  count: number;
}

/** Items per topic per month for the filter (the "volume by topic" chart). */
export async function topicVolume(db: Kysely<Database>, filter: Filter): Promise<TopicMonth[]> {
  // From the narrow facets rows, whose topics are the items' topic slugs: no join, no wide items rows.
  const facets = filteredFacets(db, filter).select(['f.item_date', 'f.topics']);
  const { rows } = await sql<TopicMonth>`
    select to_char(date_trunc('month', m.item_date), 'YYYY-MM-DD') as month, t as topic, count(*)::int as count
    from (${facets}) m, unnest(m.topics) t
    group by date_trunc('month', m.item_date), t
    order by month, topic`.execute(db);
  return rows;
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
  const scope = filter ?? { states: [], topics: [], orgs: [] };
  if (kind === 'topic') {
    // Topic counts come with the item counts, pre-aggregated for most filters.
    const { byTopic } = await itemCounts(db, scope, { parts: ['byTopic'] });
    const top = byTopic.slice(0, limit);
    if (top.length === 0) return [];
    const labels = await db.selectFrom('tags').select(['slug', 'label_en', 'label_es']).where('kind', '=', 'topic').where('slug', 'in', top.map((t) => t.key)).execute();
    const bySlug = new Map(labels.map((l) => [l.slug, { en: l.label_en, es: l.label_es }]));
    return top.map((t) => ({ slug: t.key, label: bySlug.get(t.key) ?? { en: t.key, es: t.key }, count: t.count }));
  }
  const ids = filteredFacets(db, scope).select('f.item_id');
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
