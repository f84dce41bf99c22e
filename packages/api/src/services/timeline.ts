import type { Database, Kysely } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import { itemCounts, type Count } from './item-counts.ts';

/**
 * Published items per week (key: the Monday, 'YYYY-MM-DD'), oldest first, for the filter without its
 * date range: the overview the timeline's density strip shows, so that a brushed range can be widened
 * or moved without first clearing it. Weeks without items are left out.
 */
export async function timelineDensity(db: Kysely<Database>, filter: Filter): Promise<Count[]> {
  const { from: _from, to: _to, ...undated } = filter;
  return (await itemCounts(db, undated, { parts: ['byWeek'] })).byWeek;
}
