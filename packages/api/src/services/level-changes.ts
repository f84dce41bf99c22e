import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { RiskCategory } from '@atalaya/domain';

/** A published rating that moved its place's level, with the level it replaced (null: the place's first rating). */
export interface RatingChange {
  id: number;
  scope: string;
  state: string;
  category: RiskCategory;
  from: number | null;
  to: number;
  effectiveOn: string;
  publishedAt: Date;
  demo: boolean;
}

export interface ChangeQuery {
  /** Ratings taking effect in (from, to]. */
  effective?: { from: string; to: string };
  /** Ratings published after this instant. */
  publishedAfter?: Date;
  /** Only these places (states, localities) … */
  scopes?: readonly string[];
  /** … or these states with their localities. */
  states?: readonly string[];
  categories?: readonly RiskCategory[];
  /** The newest first, at most this many (all, oldest first, when absent). */
  limit?: number;
}

/**
 * Published ratings that changed a level, each with the level in force just before it took effect: one
 * statement, the level before found through the as-of index for each rating (never by reading a place's
 * whole history). A rating that repeats the level before it is not a change.
 */
export async function ratingChanges(db: Kysely<Database>, query: ChangeQuery): Promise<{ changes: RatingChange[]; total: number }> {
  const conditions = [sql`a.status = 'published'`];
  if (query.effective) conditions.push(sql`a.effective_on > ${query.effective.from} and a.effective_on <= ${query.effective.to}`);
  if (query.publishedAfter) conditions.push(sql`a.published_at > ${query.publishedAfter}`);
  if (query.scopes) conditions.push(sql`a.scope = any(${[...query.scopes]}::text[])`);
  if (query.states) conditions.push(sql`a.state = any(${[...query.states]}::text[])`);
  if (query.categories) conditions.push(sql`a.category = any(${[...query.categories]}::text[])`);
  const order = query.limit === undefined ? sql`effective_on, id` : sql`published_at desc, id desc`;
  const { rows } = await sql<{ id: number; scope: string; state: string; category: RiskCategory; level: number; effective_on: string; published_at: Date; demo: boolean; before: number | null; total: number }>`
    select *, count(*) over ()::int as total from (
      select a.id, a.scope, a.state, a.category, a.level, a.effective_on, a.published_at, a.demo,
        (select p.level from assessments p
         where p.status = 'published' and p.scope = a.scope and p.category = a.category
           and (p.effective_on < a.effective_on or (p.effective_on = a.effective_on and p.id < a.id))
         order by p.effective_on desc, p.id desc limit 1) as before
      from assessments a
      where ${sql.join(conditions, sql` and `)}
    ) c
    where c.before is distinct from c.level
    order by ${order}
    ${query.limit === undefined ? sql`` : sql`limit ${query.limit}`}`.execute(db);
  return {
    changes: rows.map((r) => ({ id: r.id, scope: r.scope, state: r.state, category: r.category, from: r.before, to: r.level, effectiveOn: r.effective_on, publishedAt: r.published_at, demo: r.demo })),
    total: rows[0]?.total ?? 0,
  };
}
