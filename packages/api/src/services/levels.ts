import type { Database, Kysely, RiskCategorySlug } from '@atalaya/db';
import { sql } from '@atalaya/db';
import {
  NATIONAL,
  RISK_CATEGORIES,
  STATE_ISO_CODES,
  isoDaysBefore,
  scopeState,
  zIsoDate,
  zRiskCategory,
  zRiskLevel,
  zRiskScope,
  type RiskCategory,
} from '@atalaya/domain';
import { z } from 'zod';
import type { Context, SessionUser } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { audit } from './audit.ts';

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

/** One published (or draft) rating as the API returns it. */
export interface Rating {
  id: number;
  scope: string;
  state: string;
  category: RiskCategory;
  level: number;
  effectiveOn: string;
  rationaleEn: string;
  /** Null while the Spanish rationale is still to be written: the UI says so. */
  rationaleEs: string | null;
  status: 'draft' | 'published';
  demo: boolean;
  author: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

export interface RatingWithEvidence extends Rating {
  evidence: Array<{ id: number; headline: string; date: string; outlet: string | null }>;
}

const RATING_COLUMNS = [
  'assessments.id',
  'assessments.scope',
  'assessments.state',
  'assessments.category',
  'assessments.level',
  'assessments.effective_on',
  'assessments.rationale_en',
  'assessments.rationale_es',
  'assessments.status',
  'assessments.demo',
  'assessments.author_label',
  'assessments.created_at',
  'assessments.published_at',
] as const;

type RatingRow = {
  id: number;
  scope: string;
  state: string;
  category: RiskCategorySlug;
  level: number;
  effective_on: string;
  rationale_en: string;
  rationale_es: string | null;
  status: 'draft' | 'published';
  demo: boolean;
  author_label: string | null;
  created_at: Date;
  published_at: Date | null;
};

export const toRating = (r: RatingRow): Rating => ({
  id: r.id,
  scope: r.scope,
  state: r.state,
  category: r.category,
  level: r.level,
  effectiveOn: r.effective_on,
  rationaleEn: r.rationale_en,
  rationaleEs: r.rationale_es,
  status: r.status,
  demo: r.demo,
  author: r.author_label,
  createdAt: r.created_at,
  publishedAt: r.published_at,
});

export interface AsOfQuery {
  /** ISO date: the levels in force that day. */
  date: string;
  /** Only these scopes (states, localities, 'MX'); all when absent. */
  scopes?: readonly string[] | undefined;
  /** Only these categories; all when absent. */
  categories?: readonly RiskCategory[] | undefined;
}

/**
 * The rating in force on `date` for each (scope, category) that has one: the newest published assessment
 * effective on or before that date (the highest id among several the same day). Scopes never rated are absent.
 */
export async function ratingsAsOf(db: Kysely<Database>, query: AsOfQuery): Promise<Rating[]> {
  let q = db
    .selectFrom('assessments')
    .select(RATING_COLUMNS)
    .distinctOn(['assessments.scope', 'assessments.category'])
    .where('assessments.status', '=', 'published')
    .where('assessments.effective_on', '<=', query.date)
    .orderBy('assessments.scope')
    .orderBy('assessments.category')
    .orderBy('assessments.effective_on', 'desc')
    .orderBy('assessments.id', 'desc');
  if (query.scopes) q = q.where('assessments.scope', 'in', query.scopes.length ? [...query.scopes] : ['-']);
  if (query.categories) q = q.where('assessments.category', 'in', query.categories.length ? [...query.categories] : ['overall']);
  return (await q.execute()).map(toRating);
}

export interface StateLevel {
  state: string;
  /** Null when the state was never rated in this category by that date: "not rated", never level 1. */
  rating: Rating | null;
}

/** The 32 states' levels in one category on a date (the map's Risk level layer, the state table). */
export async function stateLevelsAsOf(db: Kysely<Database>, date: string, category: RiskCategory = 'overall'): Promise<StateLevel[]> {
  const ratings = await ratingsAsOf(db, { date, scopes: STATE_ISO_CODES, categories: [category] });
  const byState = new Map(ratings.map((r) => [r.scope, r]));
  return STATE_ISO_CODES.map((state) => ({ state, rating: byState.get(state) ?? null }));
}

/** Every rating of a scope (and, for a state, of its localities), newest first, with evidence; drafts only for staff. */
export async function ratingHistory(
  db: Kysely<Database>,
  scope: string,
  options: { includeDrafts?: boolean; includeLocalities?: boolean } = {},
): Promise<RatingWithEvidence[]> {
  if (!scopeState(scope)) throw badRequest(`Unknown place "${scope}"`);
  let q = db
    .selectFrom('assessments')
    .select(RATING_COLUMNS)
    .orderBy('assessments.effective_on', 'desc')
    .orderBy('assessments.id', 'desc');
  q = options.includeLocalities && scope !== NATIONAL ? q.where('assessments.state', '=', scope) : q.where('assessments.scope', '=', scope);
  if (!options.includeDrafts) q = q.where('assessments.status', '=', 'published');
  const rows = (await q.execute()).map(toRating);
  const evidence = await evidenceOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? [] }));
}

/** The items cited by each assessment; only published items (a draft item is nobody's evidence yet). */
export async function evidenceOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, RatingWithEvidence['evidence']>> {
  const out = new Map<number, RatingWithEvidence['evidence']>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('assessment_evidence')
    .innerJoin('items', 'items.id', 'assessment_evidence.item_id')
    .select(['assessment_evidence.assessment_id', 'items.id', 'items.headline', 'items.item_date', 'items.outlet'])
    .where('assessment_evidence.assessment_id', 'in', ids)
    .where('items.status', '=', 'published')
    .orderBy('items.item_date', 'desc')
    .execute();
  for (const r of rows) {
    const list = out.get(r.assessment_id) ?? [];
    list.push({ id: r.id, headline: r.headline, date: r.item_date, outlet: r.outlet });
    out.set(r.assessment_id, list);
  }
  return out;
}

export const zNewAssessment = z.object({
  scope: zRiskScope,
  category: zRiskCategory,
  level: zRiskLevel,
  effectiveOn: zIsoDate,
  rationaleEn: z.string().trim().min(1, 'Write the rationale in English').max(4000, 'The rationale is too long (4,000 characters at most)'),
  rationaleEs: z
    .string()
    .trim()
    .max(4000, 'La justificación es demasiado larga (4,000 caracteres como máximo)')
    .nullish()
    .transform((s) => (s ? s : null)),
  evidence: z.array(z.number().int().positive()).max(50, 'Cite at most 50 items').default([]),
  publish: z.boolean().default(false),
});
export type NewAssessmentInput = z.input<typeof zNewAssessment>;

/** Records a rating (a new row: ratings are never overwritten), as a draft or published at once; audited. */
export async function createAssessment(ctx: Ctx, input: NewAssessmentInput, options: { demo?: boolean; audited?: boolean } = {}): Promise<Rating> {
  const parsed = zNewAssessment.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => i.message).join('; '));
  const a = parsed.data;
  const state = scopeState(a.scope) as string;
  const evidence = [...new Set(a.evidence)];
  return ctx.db.transaction().execute(async (trx) => {
    if (evidence.length) {
      const found = await trx.selectFrom('items').select('id').where('id', 'in', evidence).where('status', '=', 'published').execute();
      const missing = evidence.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) throw badRequest(`Evidence must be published items; not found: ${missing.join(', ')}`);
    }
    const row = await trx
      .insertInto('assessments')
      .values({
        scope: a.scope,
        state,
        category: a.category,
        level: a.level,
        effective_on: a.effectiveOn,
        rationale_en: a.rationaleEn,
        rationale_es: a.rationaleEs,
        status: a.publish ? 'published' : 'draft',
        published_at: a.publish ? sql<Date>`now()` : null,
        demo: options.demo ?? false,
        author_id: ctx.user.id,
        author_label: ctx.user.name || ctx.user.email,
      })
      .returning(RATING_COLUMNS.map((c) => c.replace('assessments.', '')) as Array<keyof RatingRow>)
      .executeTakeFirstOrThrow();
    if (evidence.length) {
      await trx.insertInto('assessment_evidence').values(evidence.map((item_id) => ({ assessment_id: row.id, item_id }))).execute();
    }
    const rating = toRating(row as RatingRow);
    if (options.audited !== false) await audit(trx, ctx, { action: a.publish ? 'levels.publish' : 'levels.draft', entity: 'assessment', entityId: rating.id, after: { ...a, evidence } });
    return rating;
  });
}

/** Publishes a draft rating as it stands. */
export async function publishAssessment(ctx: Ctx, id: number): Promise<Rating> {
  return ctx.db.transaction().execute(async (trx) => {
    const draft = await trx.selectFrom('assessments').select(RATING_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!draft) throw notFound('That rating');
    if (draft.status === 'published') throw conflict('That rating is already published');
    const row = await trx
      .updateTable('assessments')
      .set({ status: 'published', published_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returning(RATING_COLUMNS.map((c) => c.replace('assessments.', '')) as Array<keyof RatingRow>)
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, { action: 'levels.publish', entity: 'assessment', entityId: id, before: { status: 'draft' }, after: { status: 'published' } });
    return toRating(row as RatingRow);
  });
}

/** Discards a draft rating (published ones stay forever). */
export async function discardAssessment(ctx: Ctx, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const draft = await trx.selectFrom('assessments').select(['status', 'scope', 'category', 'level']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!draft) throw notFound('That rating');
    if (draft.status === 'published') throw conflict('A published rating cannot be discarded: record a new one instead');
    await trx.deleteFrom('assessments').where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'levels.discard', entity: 'assessment', entityId: id, before: draft });
  });
}

export interface LevelsGrid {
  date: string;
  categories: readonly RiskCategory[];
  /** One row per state: its current rating per category (null: not rated), and how many drafts wait. */
  states: Array<{ state: string; ratings: Partial<Record<RiskCategory, Rating>>; drafts: number }>;
}

/** The analysts' grid: the 32 states × categories, as of a date. */
export async function levelsGrid(db: Kysely<Database>, date: string): Promise<LevelsGrid> {
  const [ratings, drafts] = await Promise.all([
    ratingsAsOf(db, { date, scopes: STATE_ISO_CODES }),
    db.selectFrom('assessments').select(['state', (eb) => eb.fn.countAll<string>().as('n')]).where('status', '=', 'draft').groupBy('state').execute(),
  ]);
  const draftsByState = new Map(drafts.map((d) => [d.state, Number(d.n)]));
  return {
    date,
    categories: RISK_CATEGORIES,
    states: STATE_ISO_CODES.map((state) => ({
      state,
      ratings: Object.fromEntries(ratings.filter((r) => r.scope === state).map((r) => [r.category, r])),
      drafts: draftsByState.get(state) ?? 0,
    })),
  };
}

export interface LevelChange {
  scope: string;
  category: RiskCategory;
  from: number | null;
  to: number;
  effectiveOn: string;
  rating: Rating;
}

/** Published changes that took effect in (from, to]: each with the level before it (null: first rating). */
export async function levelChanges(db: Kysely<Database>, range: { from: string; to: string; states?: readonly string[]; categories?: readonly RiskCategory[] }): Promise<LevelChange[]> {
  let q = db
    .selectFrom('assessments')
    .select(RATING_COLUMNS)
    .where('status', '=', 'published')
    .where('effective_on', '>', range.from)
    .where('effective_on', '<=', range.to)
    .orderBy('effective_on')
    .orderBy('id');
  if (range.states) q = q.where('state', 'in', range.states.length ? [...range.states] : ['-']);
  if (range.categories) q = q.where('category', 'in', range.categories.length ? [...range.categories] : ['overall']);
  const rows = (await q.execute()).map(toRating);
  if (rows.length === 0) return [];
  // The level before each change: the one in force the day before it took effect.
  const before = await ratingsAsOf(db, { date: isoDaysBefore(rows[0]!.effectiveOn, 1), scopes: [...new Set(rows.map((r) => r.scope))] });
  const current = new Map(before.map((r) => [`${r.scope}|${r.category}`, r.level]));
  const changes: LevelChange[] = [];
  for (const r of rows) {
    const key = `${r.scope}|${r.category}`;
    const previous = current.get(key) ?? null;
    if (previous !== r.level) changes.push({ scope: r.scope, category: r.category, from: previous, to: r.level, effectiveOn: r.effectiveOn, rating: r });
    current.set(key, r.level);
  }
  return changes;
}

export interface ImpactPreview {
  /** The level in force before this rating, for its scope and category (null: not rated). */
  current: number | null;
  orgs: Array<{ orgId: number; orgName: string; sites: Array<{ id: number; name: string; locality: string | null; from: number | null; to: number }> }>;
  siteCount: number;
}

/**
 * What publishing a rating would change for client organisations: each site whose effective level (its
 * locality's when rated, else its state's) would move, on the rating's effective date.
 */
export async function previewImpact(db: Kysely<Database>, input: { scope: string; category: RiskCategory; level: number; effectiveOn: string }): Promise<ImpactPreview> {
  const state = scopeState(input.scope);
  if (!state) throw badRequest(`Unknown place "${input.scope}"`);
  const [own] = await ratingsAsOf(db, { date: input.effectiveOn, scopes: [input.scope], categories: [input.category] });
  if (state === NATIONAL) return { current: own?.level ?? null, orgs: [], siteCount: 0 };
  let sites = db
    .selectFrom('sites')
    .innerJoin('orgs', 'orgs.id', 'sites.org_id')
    .select(['sites.id', 'sites.name', 'sites.locality', 'orgs.id as org_id', 'orgs.name as org_name'])
    .where('sites.state', '=', state)
    .where('orgs.kind', '=', 'client')
    .orderBy('orgs.name')
    .orderBy('sites.name');
  if (input.scope !== state) sites = sites.where('sites.locality', '=', input.scope);
  const rows = await sites.execute();
  const localities = [...new Set(rows.map((r) => r.locality).filter((l): l is string => l !== null))];
  const inForce = await ratingsAsOf(db, { date: input.effectiveOn, scopes: [state, ...localities], categories: [input.category] });
  const level = new Map(inForce.map((r) => [r.scope, r.level]));
  const orgs = new Map<number, ImpactPreview['orgs'][number]>();
  for (const site of rows) {
    const localLevel = site.locality ? level.get(site.locality) : undefined;
    const from = localLevel ?? level.get(state) ?? null;
    // A state rating reaches a site only where its locality has no rating of its own.
    const to = input.scope === state && localLevel !== undefined ? localLevel : input.level;
    if (from === to) continue;
    const org = orgs.get(site.org_id) ?? { orgId: site.org_id, orgName: site.org_name, sites: [] };
    org.sites.push({ id: site.id, name: site.name, locality: site.locality, from, to });
    orgs.set(site.org_id, org);
  }
  const list = [...orgs.values()];
  return { current: own?.level ?? null, orgs: list, siteCount: list.reduce((n, o) => n + o.sites.length, 0) };
}
