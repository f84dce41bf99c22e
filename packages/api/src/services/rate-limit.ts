import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { RawBuilder } from 'kysely';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface Verdict {
  allowed: boolean;
  /** When refused: how long until the next attempt may start (at least 1). */
  retryAfterSeconds: number;
}

/** A time from the caller's clock as a `timestamptz` parameter (a bare parameter would be of unknown type in `$1 - interval`). */
const at = (time: Date) => sql<Date>`${time.toISOString()}::timestamptz`;
const seconds = (n: number) => sql<string>`make_interval(secs => ${n})`;
const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within the limit.
 * One upsert statement, so concurrent requests on several replicas cannot both slip through.
 */
export async function hit(db: Kysely<Database>, key: string, rule: RateLimit, now = new Date()): Promise<Verdict> {
  const expired = sql<boolean>`rate_limits.window_start <= ${at(now)} - ${seconds(rule.windowSeconds)}`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, window_start: at(now) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when ${expired} then 1 else rate_limits.count + 1 end`,
        window_start: sql`case when ${expired} then ${at(now)} else rate_limits.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const windowEnd = new Date(new Date(row.window_start).getTime() + rule.windowSeconds * 1000);
  return { allowed: row.count <= rule.limit, retryAfterSeconds: secondsUntil(windowEnd, now) };
}

/** Exponential back-off: `free` attempts without waiting, then a wait that doubles after each further attempt. */
export interface Backoff {
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A scope without attempts for this long starts over. */
  forgetAfterSeconds: number;
}

/** The wait after the `n`-th attempt admitted in a row (1-based): what `claim` stores, for documentation and tests. */
export function backoffDelaySeconds(n: number, rule: Backoff): number {
  if (n < rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** Math.min(n - rule.free, 30));
}

/** The same as `backoffDelaySeconds`, in SQL, for an attempt number computed in the statement. */
const delaySql = (n: RawBuilder<number>, rule: Backoff) =>
  sql<string>`make_interval(secs => least(${rule.maxDelaySeconds}::float8, case when ${n} < ${rule.free} then 0 else ${rule.firstDelaySeconds}::float8 * power(2, least(${n} - ${rule.free}, 30)) end))`;

/**
 * Claims the next attempt of `key` under back-off: admitted when the wait set by the previous attempt has
 * passed, and counted in the same statement (before the caller checks anything), so a burst of parallel
 * requests, on one server or several, gets no more attempts than the back-off allows: the row lock orders
 * them. Refused attempts are not counted, so hammering during a wait does not lengthen it.
 */
export async function claim(db: Kysely<Database>, key: string, rule: Backoff, now: Date): Promise<Verdict> {
  const attempt = sql<number>`(case when sign_in_throttles.last_attempt_at <= ${at(now)} - ${seconds(rule.forgetAfterSeconds)} then 1 else sign_in_throttles.attempts + 1 end)`;
  const admitted = await db
    .insertInto('sign_in_throttles')
    .values({ key, attempts: 1, blocked_until: sql`${at(now)} + ${delaySql(sql<number>`1`, rule)}`, last_attempt_at: at(now) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ attempts: attempt, blocked_until: sql`${at(now)} + ${delaySql(attempt, rule)}`, last_attempt_at: at(now) })
        .where('sign_in_throttles.blocked_until', '<=', at(now)),
    )
    .returning('attempts')
    .executeTakeFirst();
  if (admitted) return { allowed: true, retryAfterSeconds: 0 };
  const row = await db.selectFrom('sign_in_throttles').select('blocked_until').where('key', '=', key).executeTakeFirst();
  return { allowed: false, retryAfterSeconds: row ? secondsUntil(row.blocked_until, now) : 1 };
}

/** Starts `key`'s back-off over (a successful sign-in). */
export async function release(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('key', '=', key).execute();
}

/** Drops back-off rows nobody has tried for `rule.forgetAfterSeconds`: they would start over anyway. */
export async function sweepBackoff(db: Kysely<Database>, rule: Backoff, now: Date): Promise<void> {
  await db.deleteFrom('sign_in_throttles').where('last_attempt_at', '<=', sql<Date>`${at(now)} - ${seconds(rule.forgetAfterSeconds)}`).execute();
}

/** Drops fixed-window counters whose window began more than a day ago (every window here is shorter). */
export async function sweepRateLimits(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<=', sql<Date>`${at(now)} - interval '1 day'`).execute();
}
