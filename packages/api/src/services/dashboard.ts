import type { Database, Kysely } from '@atalaya/db';
import { sql } from '@atalaya/db';
import type { Filter } from '@atalaya/domain';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { latestCommentaryQuery, toCommentary, type Commentary } from './editions.ts';
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

/** Prisoner transfers in the filter's dates (a sum, null when none). */
function transfersQuery(db: Kysely<Database>, filter: Filter) {
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
  return q;
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

/** The newest national homicide rates up to the filter's end. */
function homicideRatesQuery(db: Kysely<Database>, filter: Filter) {
  let q = db
    .selectFrom('observations')
    .select(['period_start', 'period_end', 'value', 'data_status', 'source_label', 'source_url'])
    .where('series_key', '=', 'homicide_rate_inegi')
    .where('status', '=', 'confirmed')
    .where('place', '=', 'MX');
  if (filter.to) q = q.where('period_end', '<=', filter.to);
  // Latest year first; for one year, the definitive figure beats the preliminary one.
  return q.orderBy('period_end', 'desc').orderBy(sql`case data_status when 'definitive' then 0 else 1 end`).limit(20);
}

type RateRow = { period_start: string; period_end: string; value: number; data_status: 'preliminary' | 'definitive' | null; source_label: string | null; source_url: string | null };

function homicideRate(rows: readonly RateRow[]): HomicideRateKpi {
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

/** The small figures of the screen (transfers now and before, homicide rates, commentary) in one statement. */
async function smallFigures(db: Kysely<Database>, filter: Filter, prev: Filter | null) {
  const row = await db
    .selectNoFrom([
      transfersQuery(db, filter).as('transfers'),
      prev ? transfersQuery(db, prev).as('prev_transfers') : sql<number | null>`null`.as('prev_transfers'),
      jsonArrayFrom(homicideRatesQuery(db, filter)).as('rates'),
      jsonObjectFrom(latestCommentaryQuery(db)).as('commentary'),
    ])
    .executeTakeFirstOrThrow();
  return {
    transfers: Number(row.transfers ?? 0),
    prevTransfers: prev ? Number(row.prev_transfers ?? 0) : null,
    rate: homicideRate(row.rates as RateRow[]),
    commentary: toCommentary(row.commentary),
  };
}

/** Everything the main screen needs for a filter, in one call: a few statements, which PostgreSQL runs at once. */
export async function dashboard(db: Kysely<Database>, filter: Filter, options: { today?: string } = {}): Promise<Dashboard> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const prev = previousPeriod(filter, today);
  const [items, counts, prevCounts, { transfers: transferCount, prevTransfers, rate, commentary }] = await Promise.all([
    listItems(db, { filter, limit: 50 }),
    itemCounts(db, filter, { figures: SEIZURE_SERIES }),
    prev ? itemCounts(db, prev, { parts: [], figures: SEIZURE_SERIES }) : Promise.resolve(null),
    smallFigures(db, filter, prev),
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
