import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import type { Count } from './dashboard.ts';
import { filteredItems } from './filter-query.ts';

/**
 * Published items per week (key: the Monday, 'YYYY-MM-DD'), oldest first, for the filter without its
 * date range: the overview the timeline's density strip shows, so that a brushed range can be widened
 * or moved without first clearing it. Weeks without items are left out.
 */
export async function timelineDensity(db: Kysely<Database>, filter: Filter): Promise<Count[]> {
  const { from: _from, to: _to, ...undated } = filter;
  const week = sql`date_trunc('week', items.item_date)`;
  return filteredItems(db, undated)
    .select([sql<string>`to_char(${week}, 'YYYY-MM-DD')`.as('key'), sql<number>`count(*)::int`.as('count')])
    .groupBy(week)
    .orderBy('key')
    .execute();
}
