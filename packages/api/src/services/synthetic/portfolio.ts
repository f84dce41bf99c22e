import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import { localitiesOf, RISK_CATEGORIES } from '@atalaya/domain';
import { stateCentroids } from '@atalaya/geo';
import { badRequest, conflict } from '../../errors.ts';
import { addDays, SYNTHETIC_END_DATE } from './editions.ts';
import { Rng, zipf } from './random.ts';
import { STATES_BY_COVERAGE } from './vocabulary.ts';

export interface SyntheticPortfolioOptions {
  /** Client organisations, each with `sitesPerOrg` sites. */
  orgs: number;
  sitesPerOrg: number;
  /** Years of ratings up to the synthetic archive's last day. */
  years: number;
  seed?: number;
}

/** The synthetic client organisations' slugs start with this. */
export const SYNTHETIC_CLIENT_PREFIX = 'synthetic-client-';
const DEFAULT_SEED = 20_261_208;
const STATE_WEIGHTS = zipf(STATES_BY_COVERAGE, 0.8);
/** Localities rated on their own: a few of the most covered states' cities. */
const RATED_LOCALITIES = STATES_BY_COVERAGE.slice(0, 12).flatMap((state) => localitiesOf(state).slice(0, 4).map((l) => l.key));

/** A level that drifts by at most one step at a time, as an analyst's ratings do. */
function drift(rng: Rng, level: number): number {
  const next = level + rng.int(-1, 1);
  return Math.min(5, Math.max(1, next));
}

/**
 * Client organisations with sites spread over the states (the most covered ones most often, a third of them in
 * a locality) and the firm's ratings of every state and category, and of some cities, for `years` years up to
 * the synthetic archive's last day: a new rating every one to two months per place and category. For the
 * exposure and portfolio benchmarks; the same seed writes the same rows.
 */
export async function seedSyntheticPortfolio(db: Kysely<Database>, options: SyntheticPortfolioOptions): Promise<{ orgs: number; sites: number; assessments: number }> {
  for (const [name, value] of Object.entries({ orgs: options.orgs, sitesPerOrg: options.sitesPerOrg, years: options.years })) {
    if (!Number.isSafeInteger(value) || value < 0) throw badRequest(`${name} must be a whole number ≥ 0, not ${value}`);
  }
  const existing = await db.selectFrom('orgs').select('id').where('slug', 'like', `${SYNTHETIC_CLIENT_PREFIX}%`).limit(1).executeTakeFirst();
  if (existing) throw conflict('The database already has a synthetic portfolio');
  const rng = new Rng(options.seed ?? DEFAULT_SEED);

  const slugs = Array.from({ length: options.orgs }, (_, i) => `${SYNTHETIC_CLIENT_PREFIX}${String(i + 1).padStart(4, '0')}`);
  const orgIds: number[] = [];
  for (let i = 0; i < slugs.length; i += 500) {
    const batch = slugs.slice(i, i + 500);
    const { rows } = await sql<{ id: number }>`
      insert into orgs (slug, name, kind)
      select s, 'Synthetic client ' || substr(s, ${SYNTHETIC_CLIENT_PREFIX.length + 1}), 'client' from unnest(${batch}::text[]) with ordinality as t(s, n)
      order by n
      returning id`.execute(db);
    orgIds.push(...rows.map((r) => r.id));
  }

  const centroids = stateCentroids();
  const sites = orgIds.flatMap((orgId) =>
    Array.from({ length: options.sitesPerOrg }, (_, i) => {
      const state = STATE_WEIGHTS.draw(rng);
      const localities = localitiesOf(state);
      const locality = localities.length && rng.chance(0.35) ? rng.pick(localities).key : null;
      const [lon, lat] = centroids[state] ?? [null, null];
      return { org_id: orgId, name: `Site ${i + 1}`, state, locality, lat, lon };
    }),
  );
  for (let i = 0; i < sites.length; i += 5000) {
    const batch = sites.slice(i, i + 5000);
    await sql`
      insert into sites (org_id, name, state, locality, lat, lon)
      select * from unnest(${batch.map((s) => s.org_id)}::int[], ${batch.map((s) => s.name)}::text[], ${batch.map((s) => s.state)}::text[],
        ${batch.map((s) => s.locality)}::text[], ${batch.map((s) => s.lat)}::float8[], ${batch.map((s) => s.lon)}::float8[])`.execute(db);
  }

  const start = addDays(SYNTHETIC_END_DATE, -Math.round(options.years * 365.25));
  const ratings: Array<{ scope: string; state: string; category: string; level: number; effective_on: string }> = [];
  const places = [...STATES_BY_COVERAGE.map((state) => ({ scope: state as string, state: state as string, categories: RISK_CATEGORIES })), ...RATED_LOCALITIES.map((key) => ({ scope: key, state: key.split('/')[0] as string, categories: ['overall'] as const }))];
  for (const place of places) {
    for (const category of place.categories) {
      let level = rng.int(1, 5);
      for (let day = addDays(start, rng.int(0, 30)); day <= SYNTHETIC_END_DATE; day = addDays(day, rng.int(30, 60))) {
        ratings.push({ scope: place.scope, state: place.state, category, level, effective_on: day });
        level = drift(rng, level);
      }
    }
  }
  for (let i = 0; i < ratings.length; i += 5000) {
    const batch = ratings.slice(i, i + 5000);
    await sql`
      insert into assessments (scope, state, category, level, effective_on, rationale_en, status, published_at, demo)
      select r.scope, r.state, r.category, r.level, r.effective_on, 'Synthetic rating.', 'published', r.effective_on + time '12:00', true
      from unnest(${batch.map((r) => r.scope)}::text[], ${batch.map((r) => r.state)}::text[], ${batch.map((r) => r.category)}::text[],
        ${batch.map((r) => r.level)}::int[], ${batch.map((r) => r.effective_on)}::date[]) as r(scope, state, category, level, effective_on)`.execute(db);
  }
  await sql`analyze orgs, sites, assessments`.execute(db);
  return { orgs: orgIds.length, sites: sites.length, assessments: ratings.length };
}
