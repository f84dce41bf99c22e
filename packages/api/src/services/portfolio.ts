import { sql } from '@atalaya/db';
import { isoDaysBefore, STATE_ISO_CODES } from '@atalaya/domain';
import type { RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { managedOrgIds } from './access.ts';
import { today } from './exposure.ts';
import { ratingChanges } from './level-changes.ts';

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
  /** Its sites' states as bits (bit i: STATE_ISO_CODES[i]). */
  mask: string | null;
  /** Its sites' localities among those whose level changed this week. */
  localities: string[] | null;
  new_items: number;
}

/** The states of a mask (bit i: STATE_ISO_CODES[i]), in catalog order. */
const statesOf = (mask: string | null): string[] => {
  const bits = BigInt(mask ?? 0);
  return STATE_ISO_CODES.filter((_, i) => (bits >> BigInt(i)) & 1n);
};

/**
 * "Who do we call this week": every client organisation the user looks after (an account manager's assigned
 * ones, an admin's all) with its sites by level and what changed in its places this week, the most affected
 * first: sites raised, then lowered, then level changes, then new items, then sites at high or extreme, then
 * name. Two set-based statements, whatever the number of organisations: an organisation's states and each
 * week item's states are bit sets, so "items about its states" is one AND per organisation and set of places.
 */
export async function portfolio(ctx: Ctx, input: { date?: string | undefined } = {}): Promise<Portfolio> {
  const date = input.date ?? today();
  const weekStart = isoDaysBefore(date, WEEK_DAYS);
  const managed = await managedOrgIds(ctx.db, ctx.user);
  const only = managed === 'all' ? sql`true` : sql`o.id = any(${managed}::int[])`;
  const { changes } = await ratingChanges(ctx.db, { effective: { from: weekStart, to: date }, categories: ['overall'] });
  const changedLocalities = [...new Set(changes.filter((c) => c.scope !== c.state).map((c) => c.scope))];
  const codes = [...STATE_ISO_CODES];
  const bit = (place: RawBuilder<unknown>) => sql`(1::bigint << (array_position(${codes}::text[], ${place}) - 1))`;

  const { rows } = await sql<OrgRow>`
    with client_orgs as (select o.id, o.name from orgs o where o.kind = 'client' and ${only}),
    s as (select s.org_id, s.state, s.locality from sites s where s.org_id in (select id from client_orgs)),
    scopes as (select distinct state as scope from s union select distinct locality from s where locality is not null),
    -- The overall level in force now and at the start of the week, for each place of a site.
    levels as (
      select sc.scope,
        (select a.level from assessments a where a.status = 'published' and a.scope = sc.scope and a.category = 'overall' and a.effective_on <= ${date}
         order by a.effective_on desc, a.id desc limit 1) as now,
        (select a.level from assessments a where a.status = 'published' and a.scope = sc.scope and a.category = 'overall' and a.effective_on <= ${weekStart}
         order by a.effective_on desc, a.id desc limit 1) as before
      from scopes sc
    ),
    -- A site's level is its locality's where the locality is rated, else its state's.
    site_levels as (
      select s.org_id, s.state, s.locality,
        case when l.now is not null then l.now else st.now end as now_level,
        case when l.before is not null then l.before else st.before end as before_level
      from s
      join levels st on st.scope = s.state
      left join levels l on l.scope = s.locality
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
        bit_or(${bit(sql.ref('state'))}) as mask
      from site_levels group by org_id
    ),
    -- Its sites' localities whose level changed this week (states are in the mask).
    org_localities as (
      select org_id, array_agg(locality) as localities
      from (select distinct org_id, locality from s where locality = any(${changedLocalities}::text[])) d
      group by org_id
    ),
    -- This week's published items, counted per set of Mexican states they name.
    week_masks as (
      select m.mask, count(*)::int as n
      from (
        select (select bit_or(${bit(sql.ref('p'))}) from unnest(f.places) as p where p <> 'MX') as mask
        from item_facets f
        where f.published and f.item_date > ${weekStart} and f.item_date <= ${date}
      ) m
      where m.mask is not null
      group by m.mask
    ),
    org_items as (
      select p.org_id, sum(w.n)::int as n from per_org p join week_masks w on (p.mask & w.mask) <> 0 group by p.org_id
    )
    select o.id, o.name, coalesce(p.sites, 0) as sites,
      coalesce(p.l1, 0) as l1, coalesce(p.l2, 0) as l2, coalesce(p.l3, 0) as l3, coalesce(p.l4, 0) as l4, coalesce(p.l5, 0) as l5,
      coalesce(p.not_rated, 0) as not_rated, coalesce(p.raised, 0) as raised, coalesce(p.lowered, 0) as lowered,
      p.mask::text as mask, ol.localities, coalesce(i.n, 0) as new_items
    from client_orgs o
    left join per_org p on p.org_id = o.id
    left join org_localities ol on ol.org_id = o.id
    left join org_items i on i.org_id = o.id`.execute(ctx.db);

  const byScope = new Map<string, PortfolioOrg['changes']>();
  for (const c of changes) {
    const list = byScope.get(c.scope) ?? [];
    list.push({ scope: c.scope, from: c.from, to: c.to, effectiveOn: c.effectiveOn, demo: c.demo });
    byScope.set(c.scope, list);
  }
  const list: PortfolioOrg[] = rows.map((r) => {
    const states = statesOf(r.mask);
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
