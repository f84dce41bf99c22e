import type { Database, Kysely } from '@atalaya/db';
import { normalizeFilter } from '@atalaya/domain';
import { storeAdvisory } from '../services/advisory.ts';
import { syncCatalog } from '../services/catalog.ts';
import { storeEdition, type EditionInput } from '../services/store-edition.ts';
import { addUser } from '../services/users.ts';
import { DEMO_ADVISORY } from './advisory.ts';
import { DEMO_EDITIONS, DEMO_ORGANIZATION_LABELS, DEMO_PEOPLE_LABELS } from './editions.ts';
import { loadDemoRatings } from './levels.ts';
import { DEMO_OBSERVATIONS } from './observations.ts';
import type { DemoEdition } from './types.ts';

/** Demo accounts, one per role; the README lists them. */
export const DEMO_PASSWORD = 'atalaya-demo';
export const DEMO_USERS = [
  { email: 'admin@atalaya.demo', name: 'Ana Admin', role: 'admin', org: 'miranda-delphi' },
  { email: 'analyst@atalaya.demo', name: 'Luis Analyst', role: 'analyst', org: 'miranda-delphi' },
  { email: 'manager@atalaya.demo', name: 'Marta Manager', role: 'account_manager', org: 'miranda-delphi' },
  { email: 'client@atalaya.demo', name: 'Carlos Client', role: 'client', org: 'norte-logistics' },
] as const;

const ORGS = [
  { slug: 'miranda-delphi', name: 'Miranda Delphi Solutions', kind: 'consultancy' as const, watchlist: [] },
  { slug: 'norte-logistics', name: 'Norte Logistics (demo client)', kind: 'client' as const, watchlist: ['MX-SIN', 'MX-SON', 'MX-TAM', 'MX-NLE'] },
];

/**
 * The demo client's footprint along the northern freight corridor (invented sites at real city coordinates), each
 * in a gazetteer locality: Culiacán's violence is rated on its own (extreme), above its state's (high).
 */
export const DEMO_SITES = [
  { name: 'Culiacán distribution centre', state: 'MX-SIN', locality: 'MX-SIN/culiacan', lat: 24.8091, lon: -107.394, type: 'warehouse' },
  { name: 'Hermosillo assembly plant', state: 'MX-SON', locality: 'MX-SON/hermosillo', lat: 29.0729, lon: -110.9559, type: 'plant' },
  { name: 'Nuevo Laredo – Monterrey trucking route', state: 'MX-TAM', locality: 'MX-TAM/nuevo-laredo', lat: 27.4779, lon: -99.5496, type: 'route' },
  { name: 'Monterrey regional office', state: 'MX-NLE', locality: 'MX-NLE/monterrey', lat: 25.6866, lon: -100.3161, type: 'office' },
] as const;

/** The saved view the demo account manager shares with the demo client. */
export const DEMO_VIEW = { name: 'Northern corridor', states: ['MX-SIN', 'MX-SON', 'MX-TAM', 'MX-NLE'] } as const;

/** Assigns the demo account manager to the demo client and gives the client its sites and a saved view. */
async function loadDemoAccounts(db: Kysely<Database>): Promise<void> {
  const client = await db.selectFrom('orgs').select('id').where('slug', '=', 'norte-logistics').executeTakeFirstOrThrow();
  const userId = async (email: string) => (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const managerId = await userId('manager@atalaya.demo');
  const clientUserId = await userId('client@atalaya.demo');
  await db
    .insertInto('account_assignments')
    .values({ user_id: managerId, org_id: client.id })
    .onConflict((oc) => oc.columns(['user_id', 'org_id']).doNothing())
    .execute();
  const hasSites = await db.selectFrom('sites').select('id').where('org_id', '=', client.id).limit(1).executeTakeFirst();
  if (!hasSites) await db.insertInto('sites').values(DEMO_SITES.map((s) => ({ ...s, org_id: client.id, created_by: managerId }))).execute();
  const hasView = await db.selectFrom('saved_views').select('id').where('org_id', '=', client.id).where('name', '=', DEMO_VIEW.name).executeTakeFirst();
  if (!hasView) {
    const filter = normalizeFilter({ states: [...DEMO_VIEW.states], topics: [], orgs: [] });
    await db.insertInto('saved_views').values({ name: DEMO_VIEW.name, filter: JSON.stringify(filter), owner_id: clientUserId, org_id: client.id }).execute();
  }
}

export function demoEditionInput(edition: DemoEdition): EditionInput {
  const label = (labels: Record<string, string>, slug: string) => ({ slug, label: labels[slug] });
  const orgLabels = Object.fromEntries(Object.entries(DEMO_ORGANIZATION_LABELS).map(([k, v]) => [k, v.name]));
  return {
    title: edition.title,
    publishedOn: edition.publishedOn,
    author: edition.author,
    commentary: edition.commentary,
    items: edition.items.map((item) => ({
      headline: item.headline,
      summary: item.summary,
      date: item.articleDate,
      outlet: item.outlet,
      articleAuthor: item.articleAuthor,
      originalTitle: item.originalTitle,
      url: item.url,
      language: item.language,
      places: item.places,
      topics: item.topics,
      organizations: item.organizations.map((slug) => label(orgLabels, slug)),
      people: item.people.map((slug) => label(DEMO_PEOPLE_LABELS, slug)),
      // The demo's figures count as reviewed by an analyst.
      metrics: item.metrics.map((m) => ({ ...m, status: 'confirmed' as const, confidence: 'high' as const })),
    })),
  };
}

export interface DemoLoadResult {
  loaded: boolean;
  editions: number;
  items: number;
  observations: number;
  ratings: number;
}

/** Loads the demo dataset into an empty database; does nothing when any edition exists. */
export async function loadDemo(db: Kysely<Database>): Promise<DemoLoadResult> {
  const existing = await db.selectFrom('editions').select('id').limit(1).executeTakeFirst();
  if (existing) return { loaded: false, editions: 0, items: 0, observations: 0, ratings: 0 };
  await syncCatalog(db);
  await db
    .insertInto('orgs')
    .values(ORGS)
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  for (const user of DEMO_USERS) {
    const exists = await db.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirst();
    if (!exists) await addUser(db, { ...user, password: DEMO_PASSWORD });
  }
  await loadDemoAccounts(db);
  let items = 0;
  for (const edition of DEMO_EDITIONS) {
    await storeEdition(db, demoEditionInput(edition), { status: 'published', sourceFormat: 'demo', sourceName: edition.slug, origin: 'editor' });
    items += edition.items.length;
  }
  // After the editions: the ratings cite their items.
  const ratings = await loadDemoRatings(db);
  const BATCH = 500;
  for (let i = 0; i < DEMO_OBSERVATIONS.length; i += BATCH) {
    await db
      .insertInto('observations')
      .values(
        DEMO_OBSERVATIONS.slice(i, i + BATCH).map((o, j) => ({
          series_key: o.series,
          place: o.place,
          period_start: o.periodStart,
          period_end: o.periodEnd,
          value: o.value,
          unit: o.unit,
          dimension: o.dimension ?? null,
          data_status: o.dataStatus ?? null,
          status: 'confirmed' as const,
          confidence: o.confidence,
          dataset: `demo:${o.series}`,
          dataset_row: String(i + j + 1),
          source_url: o.sourceUrl,
          source_label: o.sourceLabel,
          note: o.note ?? null,
        })),
      )
      .execute();
  }
  await storeAdvisory(db, { user: null, requestId: 'demo' }, DEMO_ADVISORY, 'demo', { audited: false });
  return { loaded: true, editions: DEMO_EDITIONS.length, items, observations: DEMO_OBSERVATIONS.length, ratings };
}
