import type { Database, Kysely } from '@atalaya/db';
import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import type { SessionUser } from '../../context.ts';
import { dashboard } from '../dashboard.ts';
import { exposurePage } from '../exposure.ts';
import { sinceLastVisit } from '../exposure-visits.ts';
import { portfolio } from '../portfolio.ts';
import { getItem, listItems } from '../items.ts';
import { timelineDensity } from '../timeline.ts';
import { addDays } from './editions.ts';
import { SYNTHETIC_CLIENT_PREFIX } from './portfolio.ts';

export interface Timing {
  /** Milliseconds. */
  p50: number;
  p95: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function time(iterations: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  // One untimed run warms caches and plans, as a server that has been up for a while would have them.
  await run(-1);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return { p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)) };
}

const filter = (f: Partial<Filter>): Filter => ({ ...EMPTY_FILTER, ...f });

/**
 * Server-side time of the dashboard for typical filters, of full-text search, the timeline strip and item
 * pages, on whatever the database holds (dates are taken relative to its newest item).
 */
export async function measureQueries(db: Kysely<Database>, options: { iterations: number }): Promise<Record<string, Timing>> {
  const newest = await db.selectFrom('items').select((eb) => eb.fn.max('item_date').as('d')).where('status', '=', 'published').executeTakeFirst();
  const to = newest?.d ?? new Date().toISOString().slice(0, 10);
  const lastYear = { from: addDays(to, -364), to };
  const today = addDays(to, 1);
  const ids = await db.selectFrom('items').select('id').where('status', '=', 'published').orderBy('id').execute();
  const itemId = (i: number) => ids[Math.abs(i * 7919) % Math.max(1, ids.length)]?.id ?? 0;

  const dashboards: Record<string, Filter> = {
    'dashboard: no filter': filter({}),
    'dashboard: last 12 months': filter(lastYear),
    'dashboard: one state, last 12 months': filter({ ...lastYear, states: ['MX-SIN'] }),
    'dashboard: one state': filter({ states: ['MX-SIN'] }),
    'dashboard: one topic': filter({ topics: ['drug-seizures'] }),
    'dashboard: three states + topic': filter({ states: ['MX-SIN', 'MX-SON', 'MX-CHH'], topics: ['drug-seizures'] }),
    'dashboard: text search': filter({ q: 'fentanyl' }),
    'dashboard: one organization': filter({ orgs: ['cjng'] }),
  };
  const results: Record<string, Timing> = {};
  for (const [name, f] of Object.entries(dashboards)) {
    results[name] = await time(options.iterations, () => dashboard(db, f, { today }));
  }
  results['search: common word'] = await time(options.iterations, () => listItems(db, { filter: filter({ q: 'fentanyl' }), limit: 50 }));
  results['search: rare word'] = await time(options.iterations, () => listItems(db, { filter: filter({ q: 'Culiacán' }), limit: 50 }));
  results['search: phrase, last 12 months'] = await time(options.iterations, () =>
    listItems(db, { filter: filter({ ...lastYear, q: '"drug seizure"' }), limit: 50 }),
  );
  results['timeline density: no filter'] = await time(options.iterations, () => timelineDensity(db, filter({})));
  results['timeline density: one state'] = await time(options.iterations, () => timelineDensity(db, filter({ states: ['MX-GRO'] })));
  results['item page'] = ids.length > 0 ? await time(options.iterations, (i) => getItem(db, itemId(i))) : { p50: Number.NaN, p95: Number.NaN };
  return { ...results, ...(await measureExposure(db, { iterations: options.iterations, date: to })) };
}

/**
 * The exposure page's data (its sites and levels, and what changed since a visit two weeks earlier) for a
 * different synthetic client each time, and the portfolio of every client organisation; nothing when the
 * database has no synthetic portfolio.
 */
export async function measureExposure(db: Kysely<Database>, options: { iterations: number; date: string }): Promise<Record<string, Timing>> {
  const orgs = await db.selectFrom('orgs').select('id').where('slug', 'like', `${SYNTHETIC_CLIENT_PREFIX}%`).orderBy('id').execute();
  const admin = await db.selectFrom('users').select(['id', 'email', 'name', 'org_id']).where('role', '=', 'admin').orderBy('id').executeTakeFirst();
  if (orgs.length === 0 || !admin) return {};
  const user: SessionUser = { id: admin.id, email: admin.email, name: admin.name, role: 'admin', orgId: admin.org_id };
  const ctx = { db, requestId: 'bench', user };
  const orgId = (i: number) => orgs[Math.abs(i * 7919) % orgs.length]?.id ?? 0;
  // Every client visited two weeks before the archive's last day: "since your last visit" covers two editions.
  const seen = `${addDays(options.date, -14)}T12:00:00Z`;
  await db
    .insertInto('exposure_visits')
    .values(orgs.map((o) => ({ user_id: user.id, org_id: o.id, seen_at: seen })))
    .onConflict((oc) => oc.columns(['user_id', 'org_id']).doUpdateSet({ seen_at: seen, previous_seen_at: null }))
    .execute();
  try {
    return {
      [`exposure page: ${orgs.length.toLocaleString('en')} organisations`]: await time(options.iterations, (i) =>
        Promise.all([exposurePage(ctx, { orgId: orgId(i), date: options.date }), sinceLastVisit(ctx, orgId(i))]),
      ),
      [`portfolio: ${orgs.length.toLocaleString('en')} organisations`]: await time(options.iterations, () => portfolio(ctx, { date: options.date })),
    };
  } finally {
    await db.deleteFrom('exposure_visits').where('user_id', '=', user.id).execute();
  }
}
