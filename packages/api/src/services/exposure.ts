import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import {
  isoDaysBefore,
  placeFilter,
  RISK_CATEGORIES,
  siteRatingAsOf,
  SITE_TYPES,
  type ExposureSummary,
  type RiskCategory,
} from '@atalaya/domain';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { notFound } from '../errors.ts';
import { managedOrgIds } from './access.ts';
import { advisoryAsOf, type AdvisoryLevel } from './advisory.ts';
import { textMatch } from './filter-query.ts';
import { ratingChanges } from './level-changes.ts';
import { evidenceOf, toRating, type Rating } from './levels.ts';
import { stateSignals, type StateSignals } from './signals.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

/** The headline's "latest change" looks this far back. */
export const HEADLINE_WINDOW_DAYS = 30;
/** A site's level is compared with its level this many days before. */
export const LEVEL_CHANGE_DAYS = [30, 90] as const;
/** Items about a site's place are counted over these many days up to the page's date. */
export const ITEM_WINDOW_DAYS = [7, 30] as const;

export const today = () => new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------
// Who may open which organisation's exposure.

export const zExposureOrg = z.object({ id: z.number(), name: z.string() });
export type ExposureOrg = z.infer<typeof zExposureOrg>;

/** The client organisations whose exposure a user may open: a client its own, an account manager those assigned, an admin all. */
export async function exposureOrgs(ctx: Ctx): Promise<ExposureOrg[]> {
  let q = ctx.db.selectFrom('orgs').select(['id', 'name']).where('kind', '=', 'client').orderBy('name').orderBy('id');
  if (ctx.user.role === 'client') {
    q = q.where('id', '=', ctx.user.orgId);
  } else {
    const managed = await managedOrgIds(ctx.db, ctx.user);
    if (managed !== 'all') q = q.where('id', 'in', managed.length ? managed : [-1]);
  }
  return q.execute();
}

/**
 * The organisation, when the user may open its exposure; otherwise "not found", whether it exists or not,
 * so that a client learns nothing about other organisations.
 */
export async function requireExposureOrg(ctx: Ctx, orgId: number): Promise<{ id: number; name: string; watchlist: string[] }> {
  const org = await ctx.db.selectFrom('orgs').select(['id', 'name', 'kind', 'watchlist']).where('id', '=', orgId).executeTakeFirst();
  let allowed = org?.kind === 'client';
  if (org && allowed && ctx.user.role !== 'admin') {
    if (ctx.user.role === 'client') allowed = org.id === ctx.user.orgId;
    else {
      const managed = await managedOrgIds(ctx.db, ctx.user);
      allowed = managed === 'all' || managed.includes(org.id);
    }
  }
  if (!org || !allowed) throw notFound(`Organisation ${orgId}`);
  return { id: org.id, name: org.name, watchlist: org.watchlist };
}

// ---------------------------------------------------------------------------------------------------------------
// Ratings in force at several dates, one index probe per place, category and date.

/**
 * The rating in force for each of `scopes` at each (date, category) probe: the newest published assessment
 * effective on or before the date (as ratingsAsOf, but for several dates in one statement).
 */
export async function ratingsAt(db: Kysely<Database>, scopes: readonly string[], probes: ReadonlyArray<{ date: string; category: RiskCategory }>): Promise<Array<Rating & { asOf: string }>> {
  if (scopes.length === 0 || probes.length === 0) return [];
  const { rows } = await sql<Parameters<typeof toRating>[0] & { as_of: string }>`
    select p.as_of::text as as_of, a.*
    from unnest(${[...scopes]}::text[]) as s(scope)
    cross join unnest(${probes.map((p) => p.date)}::date[], ${probes.map((p) => p.category)}::text[]) as p(as_of, category)
    cross join lateral (
      select a.id, a.scope, a.state, a.category, a.level, a.effective_on, a.rationale_en, a.rationale_es, a.status, a.demo,
             a.author_label, a.created_at, a.published_at
      from assessments a
      where a.status = 'published' and a.scope = s.scope and a.category = p.category and a.effective_on <= p.as_of
      order by a.effective_on desc, a.id desc
      limit 1
    ) a`.execute(db);
  return rows.map((r) => ({ ...toRating(r), asOf: r.as_of }));
}

// ---------------------------------------------------------------------------------------------------------------
// The exposure page.

const zWindowCounts = z.object({ days7: z.number(), days30: z.number() });
export type WindowCounts = z.infer<typeof zWindowCounts>;

const zRating = z.object({
  id: z.number(),
  scope: z.string(),
  state: z.string(),
  category: z.enum(RISK_CATEGORIES),
  level: z.number(),
  effectiveOn: z.string(),
  rationaleEn: z.string(),
  rationaleEs: z.string().nullable(),
  status: z.enum(['draft', 'published']),
  demo: z.boolean(),
  author: z.string().nullable(),
  createdAt: z.date(),
  publishedAt: z.date().nullable(),
  evidence: z.array(z.object({ id: z.number(), headline: z.string(), date: z.string(), outlet: z.string().nullable() })),
});

const zAdvisory = z.object({
  level: z.number(),
  scaleMax: z.number(),
  label: z.string(),
  asOf: z.string(),
  issuer: z.string(),
  sourceUrls: z.array(z.string()),
  confidence: z.string().nullable(),
  note: z.string().nullable(),
});

const zSignalStatus = z.enum(['red', 'amber', 'green', 'no-data']);

const zLevelSource = z.enum(['locality', 'state']);

export const zExposureSite = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(SITE_TYPES).nullable(),
  state: z.string(),
  locality: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** The effective overall level: the locality's rating when it has one, else the state's; null when neither is rated. */
  level: z.object({ level: z.number(), from: zLevelSource, ratingId: z.number() }).nullable(),
  /** The effective overall level 30 and 90 days before the page's date (null: not rated then). */
  before: z.object({ days30: z.number().nullable(), days90: z.number().nullable() }),
  /** The other categories rated for the site's place, each with the same precedence. */
  categories: z.array(z.object({ category: z.enum(RISK_CATEGORIES), level: z.number(), from: zLevelSource, demo: z.boolean() })),
  /** Published items about the site's state and (by name) its locality, over the last 7 and 30 days. */
  items: z.object({ state: zWindowCounts, locality: zWindowCounts.nullable() }),
});
export type ExposureSite = z.infer<typeof zExposureSite>;

export const zExposurePage = z.object({
  org: z.object({ id: z.number(), name: z.string(), watchlist: z.array(z.string()) }),
  date: z.string(),
  summary: z.object({
    sites: z.number(),
    byLevel: z.record(z.string(), z.number()),
    notRated: z.number(),
    latestChange: z.object({ scope: z.string(), from: z.number().nullable(), to: z.number(), effectiveOn: z.string() }).nullable(),
    otherChanges: z.number(),
    windowDays: z.number(),
    asOf: z.string(),
  }),
  sites: z.array(zExposureSite),
  /** The ratings the sites' levels come from, with rationale and evidence. */
  ratings: z.array(zRating),
  /** The states of the sites and of the watchlist: the state's own level, its items and the US advisory. */
  states: z.array(
    z.object({
      state: z.string(),
      ratingId: z.number().nullable(),
      level: z.number().nullable(),
      sites: z.number(),
      watchlist: z.boolean(),
      items: zWindowCounts,
      /** The US travel advisory's vintage in force: an outside rating on its own scale, never blended in. */
      advisory: zAdvisory.nullable(),
      /** The state's computed signals (levels.signals has their inputs): never a level. */
      signals: z.object({ status: zSignalStatus, caseFiles: zSignalStatus, items: zSignalStatus }),
    }),
  ),
  /** The date windows behind the item counts, for links to the same items on the dashboard. */
  windows: z.object({ days7: z.object({ from: z.string(), to: z.string() }), days30: z.object({ from: z.string(), to: z.string() }) }),
});
export type ExposurePage = z.infer<typeof zExposurePage>;

function windowsOf(date: string) {
  const [short, long] = ITEM_WINDOW_DAYS;
  return { days7: { from: isoDaysBefore(date, short - 1), to: date }, days30: { from: isoDaysBefore(date, long - 1), to: date } };
}

/** Published items per state over both windows, in one pass over the last 30 days. */
async function stateItemCounts(db: Kysely<Database>, states: readonly string[], date: string): Promise<Map<string, WindowCounts>> {
  const out = new Map<string, WindowCounts>();
  if (states.length === 0) return out;
  const w = windowsOf(date);
  const { rows } = await sql<{ place: string; days7: number; days30: number }>`
    select p.place, (count(*) filter (where f.item_date >= ${w.days7.from}))::int as days7, count(*)::int as days30
    from item_facets f cross join lateral unnest(f.places) as p(place)
    where f.published and f.item_date >= ${w.days30.from} and f.item_date <= ${date}
      and f.places && ${[...states]}::text[] and p.place = any(${[...states]}::text[])
    group by p.place`.execute(db);
  for (const r of rows) out.set(r.place, { days7: r.days7, days30: r.days30 });
  return out;
}

/**
 * Items of each locality's state that name it, over both windows, in one pass over the last 30 days: the
 * same items its dashboard link finds (placeFilter: the state, and the locality's names as a search).
 */
async function localityItemCounts(db: Kysely<Database>, places: ReadonlyArray<{ state: string; locality: string }>, date: string): Promise<Map<string, WindowCounts>> {
  const out = new Map<string, WindowCounts>();
  if (places.length === 0) return out;
  const w = windowsOf(date);
  const filters = places.map((p) => ({ key: p.locality, filter: placeFilter(p, w.days30) }));
  const { rows } = await sql<{ key: string; days7: number; days30: number }>`
    select l.key, (count(*) filter (where f.item_date >= ${w.days7.from}))::int as days7, count(*)::int as days30
    from unnest(${filters.map((f) => f.key)}::text[], ${filters.map((f) => f.filter.states[0] as string)}::text[], ${filters.map((f) => f.filter.q ?? '')}::text[]) as l(key, state, q)
    join item_search f on f.published and f.item_date >= ${w.days30.from} and f.item_date <= ${date}
      and f.places @> array[l.state] and ${textMatch(sql.ref('l.q'))}
    group by l.key`.execute(db);
  for (const r of rows) out.set(r.key, { days7: r.days7, days30: r.days30 });
  return out;
}

const withoutState = (a: AdvisoryLevel | null) => (a ? { level: a.level, scaleMax: a.scaleMax, label: a.label, asOf: a.asOf, issuer: a.issuer, sourceUrls: a.sourceUrls, confidence: a.confidence, note: a.note } : null);
const signalStatuses = (s: StateSignals | undefined) =>
  s ? { status: s.status, caseFiles: s.caseFiles.status, items: s.items.status } : { status: 'no-data' as const, caseFiles: 'no-data' as const, items: 'no-data' as const };

/**
 * One organisation's exposure on a date: each site with its effective level (its locality's when rated, else
 * its state's), that level 30 and 90 days before, its other categories, the items about its place, the states'
 * levels and the US advisory, and the one-line summary.
 */
export async function exposurePage(ctx: Ctx, input: { orgId: number; date?: string | undefined }): Promise<ExposurePage> {
  const org = await requireExposureOrg(ctx, input.orgId);
  const date = input.date ?? today();
  const db = ctx.db;
  const sites = await db.selectFrom('sites').selectAll().where('org_id', '=', org.id).orderBy('state').orderBy('name').orderBy('id').execute();
  const siteStates = [...new Set(sites.map((s) => s.state))];
  const localities = [...new Set(sites.flatMap((s) => (s.locality ? [s.locality] : [])))];
  const states = [...new Set([...siteStates, ...org.watchlist])].sort();
  const [d30, d90] = LEVEL_CHANGE_DAYS.map((days) => isoDaysBefore(date, days)) as [string, string];
  const probes = [...RISK_CATEGORIES.map((category) => ({ date, category })), { date: d30, category: 'overall' as const }, { date: d90, category: 'overall' as const }];
  const localityPlaces = [...new Map(sites.flatMap((s) => (s.locality ? [[s.locality, { state: s.state, locality: s.locality }] as const] : []))).values()];

  const [ratings, changes, stateItems, localityItems, advisories, signals] = await Promise.all([
    ratingsAt(db, [...states, ...localities], probes),
    ratingChanges(db, { effective: { from: isoDaysBefore(date, HEADLINE_WINDOW_DAYS), to: date }, scopes: [...siteStates, ...localities], categories: ['overall'] }),
    stateItemCounts(db, states, date),
    localityItemCounts(db, localityPlaces, date),
    advisoryAsOf(db, date).then((all) => new Map(all.map((a) => [a.state, a.advisory]))),
    states.length ? stateSignals(db, { date, states }).then((answer) => new Map(answer.states.map((x) => [x.state, x]))) : new Map<string, StateSignals>(),
  ]);

  const at = (day: string) => ratings.filter((r) => r.asOf === day);
  const inForce = at(date);
  const effective = (site: { state: string; locality: string | null }, category: RiskCategory, day: string) =>
    siteRatingAsOf(day === date ? inForce : at(day), site, category, day);

  const byLevel: Record<string, number> = {};
  let notRated = 0;
  const used = new Set<number>();
  const exposureSites: ExposureSite[] = sites.map((site) => {
    const now = effective(site, 'overall', date);
    if (now) {
      byLevel[now.rating.level] = (byLevel[now.rating.level] ?? 0) + 1;
      used.add(now.rating.id);
    } else notRated++;
    const categories = RISK_CATEGORIES.filter((c) => c !== 'overall').flatMap((category) => {
      const e = effective(site, category, date);
      return e ? [{ category, level: e.rating.level, from: e.from, demo: e.rating.demo }] : [];
    });
    return {
      id: site.id,
      name: site.name,
      type: site.type,
      state: site.state,
      locality: site.locality,
      lat: site.lat,
      lon: site.lon,
      level: now ? { level: now.rating.level, from: now.from, ratingId: now.rating.id } : null,
      before: { days30: effective(site, 'overall', d30)?.rating.level ?? null, days90: effective(site, 'overall', d90)?.rating.level ?? null },
      categories,
      items: { state: stateItems.get(site.state) ?? { days7: 0, days30: 0 }, locality: site.locality ? (localityItems.get(site.locality) ?? { days7: 0, days30: 0 }) : null },
    };
  });

  const stateRatings = new Map(inForce.filter((r) => r.category === 'overall' && r.scope === r.state).map((r) => [r.scope, r]));
  for (const r of stateRatings.values()) used.add(r.id);
  const evidence = await evidenceOf(db, [...used]);

  // The latest change of a level that reaches a site (its locality's, or its state's), oldest first.
  const latest = changes.changes.at(-1);
  const summary: ExposureSummary = {
    sites: sites.length,
    byLevel,
    notRated,
    latestChange: latest ? { scope: latest.scope, from: latest.from, to: latest.to, effectiveOn: latest.effectiveOn } : null,
    otherChanges: Math.max(0, changes.total - 1),
    windowDays: HEADLINE_WINDOW_DAYS,
    asOf: date,
  };

  // The most exposed sites first: by level (places never rated last), then state and name.
  exposureSites.sort((a, b) => (b.level?.level ?? 0) - (a.level?.level ?? 0));
  return {
    org,
    date,
    summary,
    sites: exposureSites,
    ratings: inForce.filter((r) => used.has(r.id)).map(({ asOf: _asOf, ...r }) => ({ ...r, evidence: evidence.get(r.id) ?? [] })),
    states: states.map((state) => {
      const rating = stateRatings.get(state);
      return {
        state,
        ratingId: rating?.id ?? null,
        level: rating?.level ?? null,
        sites: sites.filter((s) => s.state === state).length,
        watchlist: org.watchlist.includes(state),
        items: stateItems.get(state) ?? { days7: 0, days30: 0 },
        advisory: withoutState(advisories.get(state) ?? null),
        signals: signalStatuses(signals.get(state)),
      };
    }),
    windows: windowsOf(date),
  };
}
