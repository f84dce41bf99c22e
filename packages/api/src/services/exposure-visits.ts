import { sql } from '@atalaya/db';
import { RISK_CATEGORIES } from '@atalaya/domain';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { requireExposureOrg } from './exposure.ts';
import { ratingChanges } from './level-changes.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

/**
 * Openings of the page closer together than this are one visit: reloading the page, or coming back to it
 * within the half hour, keeps showing what changed since the visit before.
 */
export const VISIT_GAP_MINUTES = 30;
/** With no earlier visit, "since your last visit" covers this many days. */
export const FIRST_VISIT_DAYS = 7;
/** The longest lists the panel gets (their totals are always given). */
const MAX_LISTED = 50;

// The visit before the one in progress, from a row of exposure_visits: the page may be read before or after
// the opening is recorded, and both give the same answer.
const previousVisit = (row = 'exposure_visits') =>
  sql<Date | null>`case when ${sql.ref(`${row}.seen_at`)} < now() - make_interval(mins => ${VISIT_GAP_MINUTES}) then ${sql.ref(`${row}.seen_at`)} else ${sql.ref(`${row}.previous_seen_at`)} end`;

/** Records that the user opened the organisation's exposure page; returns the previous visit (null: the first). */
export async function markVisit(ctx: Ctx, orgId: number): Promise<{ previousVisit: Date | null }> {
  const org = await requireExposureOrg(ctx, orgId);
  const row = await ctx.db
    .insertInto('exposure_visits')
    .values({ user_id: ctx.user.id, org_id: org.id, seen_at: sql<Date>`now()` })
    .onConflict((oc) =>
      oc.columns(['user_id', 'org_id']).doUpdateSet({
        previous_seen_at: previousVisit(),
        seen_at: sql<Date>`now()`,
      }),
    )
    .returning('previous_seen_at')
    .executeTakeFirstOrThrow();
  return { previousVisit: row.previous_seen_at };
}

export const zSinceLastVisit = z.object({
  /** The visit before this one; null on a first visit, when the lists cover the last FIRST_VISIT_DAYS days. */
  previousVisit: z.date().nullable(),
  since: z.date(),
  /** The states the lists are about: the sites' and the watchlist's. */
  states: z.array(z.string()),
  editions: z.array(z.object({ id: z.number(), title: z.string(), publishedOn: z.string().nullable(), publishedAt: z.date(), demo: z.boolean(), items: z.number() })),
  levelChanges: z.array(
    z.object({
      id: z.number(),
      scope: z.string(),
      category: z.enum(RISK_CATEGORIES),
      from: z.number().nullable(),
      to: z.number(),
      effectiveOn: z.string(),
      publishedAt: z.date(),
      demo: z.boolean(),
      /** The organisation's sites in that place. */
      sites: z.array(z.string()),
    }),
  ),
  levelChangesTotal: z.number(),
  items: z.array(z.object({ id: z.number(), headline: z.string(), date: z.string(), places: z.array(z.string()), editionId: z.number() })),
  itemsTotal: z.number(),
});
export type SinceLastVisit = z.infer<typeof zSinceLastVisit>;

/**
 * What was published since the user's previous visit to the organisation's exposure page: new editions
 * (with how many of their items concern the organisation's states), ratings of those states and their
 * localities, and the items about them.
 */
export async function sinceLastVisit(ctx: Ctx, orgId: number): Promise<SinceLastVisit> {
  const org = await requireExposureOrg(ctx, orgId);
  const db = ctx.db;
  const [visits, sites] = await Promise.all([
    sql<{ previous: Date | null; since: Date }>`
      select v.previous, coalesce(v.previous, now() - make_interval(days => ${FIRST_VISIT_DAYS})) as since
      from (select 1) as one
      left join lateral (select ${previousVisit()} as previous from exposure_visits where user_id = ${ctx.user.id} and org_id = ${org.id}) as v on true`.execute(db),
    db.selectFrom('sites').select(['name', 'state', 'locality']).where('org_id', '=', org.id).orderBy('name').execute(),
  ]);
  const { previous, since } = visits.rows[0]!;
  const states = [...new Set([...sites.map((s) => s.state), ...org.watchlist])].sort();
  const placesMatch = sql<boolean>`f.places && ${states}::text[]`;

  const [editions, changes, items] = await Promise.all([
    db
      .selectFrom('editions as e')
      .select((eb) => [
        'e.id',
        'e.title',
        'e.published_on',
        'e.published_at',
        'e.source_format',
        eb
          .selectFrom('items')
          .innerJoin('item_facets as f', 'f.item_id', 'items.id')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('items.edition_id', '=', 'e.id')
          .where('f.published', '=', true)
          .where(states.length ? placesMatch : sql<boolean>`false`)
          .as('items'),
      ])
      .where('e.status', '=', 'published')
      .where('e.published_at', '>', since)
      .orderBy('e.published_at', 'desc')
      .limit(MAX_LISTED)
      .execute(),
    states.length ? ratingChanges(db, { publishedAfter: since, states, limit: MAX_LISTED }) : Promise.resolve({ changes: [], total: 0 }),
    states.length
      ? db
          .selectFrom('editions as e')
          .innerJoin('items', 'items.edition_id', 'e.id')
          .innerJoin('item_facets as f', 'f.item_id', 'items.id')
          .select(['items.id', 'items.headline', 'items.item_date', 'items.edition_id', 'f.places', sql<number>`count(*) over ()::int`.as('total')])
          .where('e.status', '=', 'published')
          .where('e.published_at', '>', since)
          .where('f.published', '=', true)
          .where(placesMatch)
          .orderBy('items.item_date', 'desc')
          .orderBy('items.id', 'desc')
          .limit(MAX_LISTED)
          .execute()
      : Promise.resolve([]),
  ]);

  const sitesIn = (scope: string) => sites.filter((s) => s.state === scope || s.locality === scope).map((s) => s.name);
  return {
    previousVisit: previous,
    since,
    states,
    editions: editions.map((e) => ({ id: e.id, title: e.title, publishedOn: e.published_on, publishedAt: e.published_at as Date, demo: e.source_format === 'demo', items: Number(e.items ?? 0) })),
    levelChanges: changes.changes.map(({ state: _state, ...c }) => ({ ...c, sites: sitesIn(c.scope) })),
    levelChangesTotal: changes.total,
    items: items.map((i) => ({ id: i.id, headline: i.headline, date: i.item_date, places: i.places, editionId: i.edition_id })),
    itemsTotal: items[0]?.total ?? 0,
  };
}
