import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import { latestCommentary, type Commentary } from './editions.ts';
import { addDays, itemCounts, type Count, type FigureTotal } from './item-counts.ts';
import { listItems, type ItemPage } from './items.ts';

export type { Count } from './item-counts.ts';

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

const SEIZURE_SERIES = ['drug_seizure_kg', 'fentanyl_pills_seized'];

/** Seizure figures of the filter's items by drug (fentanyl pills apart, being counted rather than weighed). */
function seizuresByDrug(figures: readonly FigureTotal[]): Map<string, { value: number; unit: string }> {
  const result = new Map<string, { value: number; unit: string }>();
  for (const f of figures) {
    const drug = f.series === 'fentanyl_pills_seized' ? 'fentanyl_pills' : (f.dimension ?? 'other');
    const prev = result.get(drug);
    result.set(drug, { value: (prev?.value ?? 0) + f.total, unit: f.unit });
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

/** Everything the main screen needs for a filter, in one call. */
export async function dashboard(db: Kysely<Database>, filter: Filter, options: { today?: string } = {}): Promise<Dashboard> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const prev = previousPeriod(filter, today);
  const [items, counts, prevCounts, transferCount, prevTransfers, rate, commentary] = await Promise.all([
    listItems(db, { filter, limit: 50 }),
    itemCounts(db, filter, { figures: SEIZURE_SERIES }),
    prev ? itemCounts(db, prev, { parts: [], figures: SEIZURE_SERIES }) : Promise.resolve(null),
    transfers(db, filter),
    prev ? transfers(db, prev) : Promise.resolve(null),
    homicideRate(db, filter),
    latestCommentary(db),
  ]);
  const seizures = seizuresByDrug(counts.figures);
  const prevSeizures = prevCounts ? seizuresByDrug(prevCounts.figures) : null;
  const drugs = [...new Set([...seizures.keys(), ...(prevSeizures?.keys() ?? [])])].sort();
  return {
    items,
    counts: { byState: counts.byState, byTopic: counts.byTopic, byWeek: counts.byWeek },
    kpis: {
      items: { value: counts.total, previous: prevCounts?.total ?? null, unit: 'items', source: 'Published newsletter items' },
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
