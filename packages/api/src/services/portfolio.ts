import { sql } from '@atalaya/db';
import { isoDaysBefore } from '@atalaya/domain';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { managedOrgIds } from './access.ts';
import { today } from './exposure.ts';
import { levelChanges } from './levels.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

/** "This week": the seven days up to and including the portfolio's date. */
export const WEEK_DAYS = 7;

const zChange = z.object({ scope: z.string(), from: z.number().nullable(), to: z.number(), effectiveOn: z.string(), demo: z.boolean() });

export const zPortfolioOrg = z.object({
  id: z.number(),
  name: z.string(),
  sites: z.number(),
  /** Sites per effective overall level ('1'…'5') on the date; places never rated are `notRated`. */
  byLevel: z.record(z.string(), z.number()),
  notRated: z.number(),
  /** Sites whose effective level rose this week (a place rated for the first time counts as risen), and fell. */
  raisedSites: z.number(),
  loweredSites: z.number(),
  /** This week's changes of the overall level of its sites' states and localities. */
  changes: z.array(zChange),
  /** Published items of this week that name one of its sites' states. */
  newItems: z.number(),
  states: z.array(z.string()),
});
export type PortfolioOrg = z.infer<typeof zPortfolioOrg>;

export const zPortfolio = z.object({ date: z.string(), week: z.object({ from: z.string(), to: z.string() }), orgs: z.array(zPortfolioOrg) });
export type Portfolio = z.infer<typeof zPortfolio>;

interface OrgRow {
  id: number;
  name: string;
  sites: number;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
  not_rated: number;
  raised: number;
  lowered: number;
  states: string[] | null;
  localities: string[] | null;
  new_items: number;
}

/**
 * "Who do we call this week": every client organisation the user looks after (an account manager's assigned
 * ones, an admin's all) with its sites by level and what changed in its places this week, the most affected
 * first: sites raised, then lowered, then new items, then sites at high or extreme, then name. A few
 * set-based statements, whatever the number of organisations.
 */
export async function portfolio(ctx: Ctx, input: { date?: string | undefined } = {}): Promise<Portfolio> {
  const date = input.date ?? today();
  const weekStart = isoDaysBefore(date, WEEK_DAYS);
  const managed = await managedOrgIds(ctx.db, ctx.user);
  const only = managed === 'all' ? sql`true` : sql`o.id = any(${managed}::int[])`;

  const [orgs, changes] = await Promise.all([
    sql<OrgRow>`
      with client_orgs as (select o.id, o.name from orgs o where o.kind = 'client' and ${only}),
      s as (select s.org_id, s.state, s.locality from sites s join client_orgs o on o.id = s.org_id),
      scopes as (select distinct state as scope from s union select distinct locality from s where locality is not null),
      levels as (
        select sc.scope, d.k, a.level
        from scopes sc
        cross join (values ('now', ${date}::date), ('before', ${weekStart}::date)) as d(k, at)
        cross join lateral (
          select a.level from assessments a
          where a.status = 'published' and a.scope = sc.scope and a.category = 'overall' and a.effective_on <= d.at
          order by a.effective_on desc, a.id desc limit 1
        ) a
      ),
      site_levels as (
        select s.org_id, s.state, s.locality,
          coalesce(ln.level, sn.level) as now_level,
          coalesce(lb.level, sb.level) as before_level
        from s
        left join levels ln on ln.scope = s.locality and ln.k = 'now'
        left join levels sn on sn.scope = s.state and sn.k = 'now'
        left join levels lb on lb.scope = s.locality and lb.k = 'before'
        left join levels sb on sb.scope = s.state and sb.k = 'before'
      ),
      per_org as (
        select org_id,
          count(*)::int as sites,
          count(*) filter (where now_level = 1)::int as l1,
          count(*) filter (where now_level = 2)::int as l2,
          count(*) filter (where now_level = 3)::int as l3,
          count(*) filter (where now_level = 4)::int as l4,
          count(*) filter (where now_level = 5)::int as l5,
          count(*) filter (where now_level is null)::int as not_rated,
          count(*) filter (where now_level > coalesce(before_level, 0))::int as raised,
          count(*) filter (where now_level < before_level)::int as lowered,
          array_agg(distinct state) as states,
          array_agg(distinct locality) filter (where locality is not null) as localities
        from site_levels group by org_id
      ),
      week_items as (
        select f.places from item_facets f
        where f.published and f.item_date > ${weekStart} and f.item_date <= ${date}
      ),
      org_items as (
        select p.org_id, count(*)::int as n
        from per_org p join week_items w on w.places && p.states
        group by p.org_id
      )
      select o.id, o.name, coalesce(p.sites, 0) as sites,
        coalesce(p.l1, 0) as l1, coalesce(p.l2, 0) as l2, coalesce(p.l3, 0) as l3, coalesce(p.l4, 0) as l4, coalesce(p.l5, 0) as l5,
        coalesce(p.not_rated, 0) as not_rated, coalesce(p.raised, 0) as raised, coalesce(p.lowered, 0) as lowered,
        p.states, p.localities, coalesce(i.n, 0) as new_items
      from client_orgs o
      left join per_org p on p.org_id = o.id
      left join org_items i on i.org_id = o.id`.execute(ctx.db),
    levelChanges(ctx.db, { from: weekStart, to: date, categories: ['overall'] }),
  ]);

  const byScope = new Map<string, PortfolioOrg['changes']>();
  for (const c of changes) {
    const list = byScope.get(c.scope) ?? [];
    list.push({ scope: c.scope, from: c.from, to: c.to, effectiveOn: c.effectiveOn, demo: c.rating.demo });
    byScope.set(c.scope, list);
  }
  const list: PortfolioOrg[] = orgs.rows.map((r) => {
    const states = r.states ?? [];
    return {
      id: r.id,
      name: r.name,
      sites: r.sites,
      byLevel: { 1: r.l1, 2: r.l2, 3: r.l3, 4: r.l4, 5: r.l5 },
      notRated: r.not_rated,
      raisedSites: r.raised,
      loweredSites: r.lowered,
      changes: [...states, ...(r.localities ?? [])].flatMap((scope) => byScope.get(scope) ?? []).sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn)),
      newItems: r.new_items,
      states,
    };
  });
  const high = (o: PortfolioOrg) => (o.byLevel[4] ?? 0) + (o.byLevel[5] ?? 0);
  list.sort(
    (a, b) =>
      b.raisedSites - a.raisedSites ||
      b.loweredSites - a.loweredSites ||
      b.changes.length - a.changes.length ||
      b.newItems - a.newItems ||
      high(b) - high(a) ||
      a.name.localeCompare(b.name, 'en') ||
      a.id - b.id,
  );
  return { date, week: { from: isoDaysBefore(date, WEEK_DAYS - 1), to: date }, orgs: list };
}
