import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import { latestCommentary, type Commentary } from './editions.ts';
import { countItems, filteredItems } from './filter-query.ts';
import { listItems, type ItemPage } from './items.ts';

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface Kpi {
  value: number | null;
  /** The same figure over the previous period of the same length; null when the filter has no closed date range. */
  previous: number | null;
  unit: string;
  source: string;
}

export interface HomicideRateKpi {
  value: number | null;
  previous: number | null;
  year: number | null;
  dataStatus: 'preliminary' | 'definitive' | null;
  unit: string;
  source: string;
  sourceUrl: string | null;
}

export interface Dashboard {
  items: ItemPage;
  counts: { byState: Count[]; byTopic: Count[]; byWeek: Count[] };
  kpis: {
    items: Kpi;
    prisonerTransfers: Kpi;
    seizures: Array<Kpi & { drug: string }>;
    homicideRate: HomicideRateKpi;
  };
  commentary: Commentary | null;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The filter moved back to the period of the same length just before it, or null without a closed range. */
export function previousPeriod(filter: Filter, today: string): Filter | null {
  if (!filter.from) return null;
  const to = filter.to ?? today;
  const length = Math.round((Date.parse(to) - Date.parse(filter.from)) / DAY_MS) + 1;
  return { ...filter, from: addDays(filter.from, -length), to: addDays(filter.from, -1) };
}

async function transfers(db: Kysely<Database>, filter: Filter): Promise<number> {
  let q = db
    .selectFrom('observations')
    .select(sql<number | null>`sum(value)`.as('total'))
    .where('series_key', '=', 'prisoner_transfers')
    .where('status', '=', 'confirmed')
    .where('place', '=', 'MX')
    // Figures extracted from items are proposals of the same events as the official rows; count the dataset only.
    .where('dataset', 'is not', null);
  if (filter.from) q = q.where('period_start', '>=', filter.from);
  if (filter.to) q = q.where('period_start', '<=', filter.to);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.total ?? 0);
}

async function seizuresByDrug(db: Kysely<Database>, filter: Filter): Promise<Map<string, { value: number; unit: string }>> {
  const itemIds = filteredItems(db, filter).select('items.id');
  const rows = await db
    .selectFrom('observations')
    .select(['series_key', 'dimension', 'unit', sql<number>`sum(value)`.as('total')])
    .where('series_key', 'in', ['drug_seizure_kg', 'fentanyl_pills_seized'])
    .where('status', '=', 'confirmed')
    .where('item_id', 'in', itemIds)
    .groupBy(['series_key', 'dimension', 'unit'])
    .execute();
  const result = new Map<string, { value: number; unit: string }>();
  for (const r of rows) {
    const drug = r.series_key === 'fentanyl_pills_seized' ? 'fentanyl_pills' : (r.dimension ?? 'other');
    const prev = result.get(drug);
    result.set(drug, { value: (prev?.value ?? 0) + Number(r.total), unit: r.unit });
  }
  return result;
}

async function homicideRate(db: Kysely<Database>, filter: Filter): Promise<HomicideRateKpi> {
  let q = db
    .selectFrom('observations')
    .select(['period_start', 'period_end', 'value', 'data_status', 'source_label', 'source_url'])
    .where('series_key', '=', 'homicide_rate_inegi')
    .where('status', '=', 'confirmed')
    .where('place', '=', 'MX');
  if (filter.to) q = q.where('period_end', '<=', filter.to);
  // Latest year first; for one year, the definitive figure beats the preliminary one.
  const rows = await q
    .orderBy('period_end', 'desc')
    .orderBy(sql`case data_status when 'definitive' then 0 else 1 end`)
    .limit(20)
    .execute();
  const latest = rows[0];
  const previous = latest ? rows.find((r) => r.period_end < latest.period_start) : undefined;
  return {
    value: latest?.value ?? null,
    previous: previous?.value ?? null,
    year: latest ? Number(latest.period_start.slice(0, 4)) : null,
    dataStatus: latest?.data_status ?? null,
    unit: 'per 100k',
    source: latest?.source_label ?? 'INEGI',
    sourceUrl: latest?.source_url ?? null,
  };
}

async function countsBy(db: Kysely<Database>, filter: Filter) {
  const ids = filteredItems(db, filter).select('items.id');
  const [byState, byTopic, byWeek] = await Promise.all([
    db
      .selectFrom('item_places')
      .select(['place as key', sql<number>`count(*)::int`.as('count')])
      .where('item_id', 'in', ids)
      .where('place', 'like', 'MX-%')
      .groupBy('place')
      .orderBy('count', 'desc')
      .orderBy('place')
      .execute(),
    db
      .selectFrom('item_tags')
      .innerJoin('tags', 'tags.id', 'item_tags.tag_id')
      .select(['tags.slug as key', sql<number>`count(*)::int`.as('count')])
      .where('item_tags.item_id', 'in', ids)
      .where('tags.kind', '=', 'topic')
      .groupBy('tags.slug')
      .orderBy('count', 'desc')
      .orderBy('tags.slug')
      .execute(),
    filteredItems(db, filter)
      .select([sql<string>`to_char(date_trunc('week', items.item_date), 'YYYY-MM-DD')`.as('key'), sql<number>`count(*)::int`.as('count')])
      .groupBy(sql`date_trunc('week', items.item_date)`)
      .orderBy('key')
      .execute(),
  ]);
  return { byState, byTopic, byWeek };
}

/** Everything the main screen needs for a filter, in one call. */
export async function dashboard(db: Kysely<Database>, filter: Filter, options: { today?: string } = {}): Promise<Dashboard> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const prev = previousPeriod(filter, today);
  const [items, counts, itemCount, prevItemCount, transferCount, prevTransfers, seizures, prevSeizures, rate, commentary] =
    await Promise.all([
      listItems(db, { filter, limit: 50 }),
      countsBy(db, filter),
      countItems(db, filter),
      prev ? countItems(db, prev) : Promise.resolve(null),
      transfers(db, filter),
      prev ? transfers(db, prev) : Promise.resolve(null),
      seizuresByDrug(db, filter),
      prev ? seizuresByDrug(db, prev) : Promise.resolve(null),
      homicideRate(db, filter),
      latestCommentary(db),
    ]);
  const drugs = [...new Set([...seizures.keys(), ...(prevSeizures?.keys() ?? [])])].sort();
  return {
    items,
    counts,
    kpis: {
      items: { value: itemCount, previous: prevItemCount, unit: 'items', source: 'Published newsletter items' },
      prisonerTransfers: {
        value: transferCount,
        previous: prevTransfers,
        unit: 'people',
        source: 'Gabinete de Seguridad; US Department of Justice (via press)',
      },
      seizures: drugs.map((drug) => ({
        drug,
        value: seizures.get(drug)?.value ?? 0,
        previous: prevSeizures ? (prevSeizures.get(drug)?.value ?? 0) : null,
        unit: seizures.get(drug)?.unit ?? prevSeizures?.get(drug)?.unit ?? 'kg',
        source: 'Figures reported in the items',
      })),
      homicideRate: rate,
    },
    commentary,
  };
}
