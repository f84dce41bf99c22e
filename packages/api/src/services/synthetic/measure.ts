import type { Database, Kysely } from '@atalaya/db';
import { EMPTY_FILTER, type Filter } from '@atalaya/domain';
import { dashboard } from '../dashboard.ts';
import { getItem, listItems } from '../items.ts';
import { timelineDensity } from '../timeline.ts';
import { addDays } from './editions.ts';

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
  return results;
}
