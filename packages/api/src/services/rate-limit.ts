import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within the limit.
 * One upsert statement, so concurrent requests on several replicas cannot both slip through.
 */
export async function hit(db: Kysely<Database>, key: string, rule: RateLimit): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, window_start: sql`now()` })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds}) then 1 else rate_limits.count + 1 end`,
        window_start: sql`case when rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds}) then now() else rate_limits.window_start end`,
      }),
    )
    .returning(['count', sql<number>`extract(epoch from (window_start + make_interval(secs => ${rule.windowSeconds}) - now()))::int`.as('remaining')])
    .executeTakeFirstOrThrow();
  return { allowed: row.count <= rule.limit, retryAfterSeconds: Math.max(1, row.remaining) };
}

/** Whether `key` is over its limit now, without counting an attempt. */
export async function isLimited(db: Kysely<Database>, key: string, rule: RateLimit): Promise<boolean> {
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '>=', sql<Date>`now() - make_interval(secs => ${rule.windowSeconds})`)
    .executeTakeFirst();
  return (row?.count ?? 0) >= rule.limit;
}

export async function clear(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
