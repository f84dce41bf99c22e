import type { Database, Kysely } from '@atalaya/db';
import { drugLabel, isStateIso, NATIONAL, STATES, stateByIso, type Filter, type SeriesKey } from '@atalaya/domain';
import { dashboard, type Dashboard } from '../dashboard.ts';
import { listItems, type ItemSummary } from '../items.ts';
import { seriesData, type SeriesData, type SeriesPoint } from '../metrics.ts';
import { placeName, type ExportLang } from './labels.ts';
import { briefingLevels, type BriefingLevels } from './levels.ts';
import { translator } from './messages.ts';

/** A briefing lists at most this many items (the newest); the items CSV has them all. */
export const BRIEFING_ITEM_CAP = 200;
/** States drawn beside the national line, as on the dashboard's chart. */
const MAX_STATE_LINES = 6;

export interface ChartPoint {
  start: string;
  end: string;
  value: number;
}

export interface ChartLine {
  key: string;
  label: string;
  points: ChartPoint[];
}

/** One trend chart: one series from one source, drawn as lines, a running total (steps) or bars per period. */
export interface BriefingChart {
  key: SeriesKey;
  title: string;
  note: string;
  unit: string;
  kind: 'line' | 'step' | 'bars';
  lines: ChartLine[];
  sources: Array<{ label: string; url: string | null }>;
}

export interface BriefingData {
  filter: Filter;
  viewName: string | null;
  lang: ExportLang;
  generatedAt: Date;
  dashboard: Dashboard;
  charts: BriefingChart[];
  /** The newest items, at most BRIEFING_ITEM_CAP. */
  items: ItemSummary[];
  /** How many items the filter matches in all. */
  totalItems: number;
  /** The firm's risk levels at the end of the period, and their changes within it. */
  levels: BriefingLevels;
}

const NATIONAL_POPULATION = STATES.reduce((n, s) => n + s.population2024, 0);

/** Of two figures for the same place, period and drug, the one a chart draws (as the web's charts pick it): definitive, then the more confident. */
function preferred(a: SeriesPoint, b: SeriesPoint): SeriesPoint {
  const rank = (p: SeriesPoint) => (p.dataStatus === 'definitive' ? 20 : p.dataStatus === null ? 10 : 0) + { high: 2, medium: 1, low: 0 }[p.confidence];
  return rank(b) > rank(a) ? b : a;
}

/** One point per line key and period, oldest first. */
function linesOf(points: readonly SeriesPoint[], keyOf: (p: SeriesPoint) => string, order: readonly string[]): Map<string, SeriesPoint[]> {
  const chosen = new Map<string, SeriesPoint>();
  for (const p of points) {
    const id = `${keyOf(p)}|${p.periodStart}|${p.periodEnd}`;
    const current = chosen.get(id);
    chosen.set(id, current ? preferred(current, p) : p);
  }
  const lines = new Map<string, SeriesPoint[]>(order.map((key) => [key, []]));
  for (const p of [...chosen.values()].sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0))) {
    const key = keyOf(p);
    if (!lines.has(key)) lines.set(key, []);
    lines.get(key)?.push(p);
  }
  return new Map([...lines].filter(([, list]) => list.length > 0));
}

function sourcesOf(data: SeriesData): BriefingChart['sources'] {
  const seen = new Map<string, { label: string; url: string | null }>();
  for (const p of data.points) {
    const label = p.sourceLabel ?? data.series.source;
    const key = `${label}\n${p.sourceUrl ?? ''}`;
    if (!seen.has(key)) seen.set(key, { label, url: p.sourceUrl });
  }
  return seen.size ? [...seen.values()] : [{ label: data.series.source, url: null }];
}

const toPoint = (p: SeriesPoint, value = p.value): ChartPoint => ({ start: p.periodStart, end: p.periodEnd, value });

async function caseFilesChart(db: Kysely<Database>, filter: Filter, lang: ExportLang): Promise<BriefingChart> {
  const t = translator(lang);
  const places = [NATIONAL, ...filter.states.filter(isStateIso).slice(0, MAX_STATE_LINES)];
  const data = await seriesData(db, { series: 'homicide_case_files_sesnsp', places, from: filter.from, to: filter.to });
  // National is about a hundred times a state: side by side, only rates compare.
  const perCapita = places.length > 1;
  const population = (place: string) => (place === NATIONAL ? NATIONAL_POPULATION : (stateByIso(place)?.population2024 ?? NaN));
  const lines = linesOf(data.points, (p) => p.place, places);
  return {
    key: data.series.key,
    title: data.series.label[lang],
    note: t('caseFilesNote'),
    unit: perCapita ? 'per 100k' : data.series.unit,
    kind: 'line',
    lines: [...lines].map(([place, points]) => ({
      key: place,
      label: placeName(place, lang),
      points: points.map((p) => toPoint(p, perCapita ? (p.value / population(place)) * 100_000 : p.value)),
    })),
    sources: sourcesOf(data),
  };
}

async function transfersChart(db: Kysely<Database>, lang: ExportLang): Promise<BriefingChart> {
  const t = translator(lang);
  // As on the dashboard: every transfer so far, whatever the filter's dates (the KPI counts the period).
  const data = await seriesData(db, { series: 'prisoner_transfers', places: [NATIONAL] });
  let total = 0;
  const points = [...(linesOf(data.points, () => NATIONAL, [NATIONAL]).get(NATIONAL) ?? [])].map((p) => toPoint(p, (total += p.value)));
  return {
    key: data.series.key,
    title: data.series.label[lang],
    note: t('transfersNote'),
    unit: data.series.unit,
    kind: 'step',
    lines: points.length ? [{ key: NATIONAL, label: placeName(NATIONAL, lang), points }] : [],
    sources: sourcesOf(data),
  };
}

async function seizuresChart(db: Kysely<Database>, filter: Filter, lang: ExportLang): Promise<BriefingChart> {
  const t = translator(lang);
  const data = await seriesData(db, { series: 'drug_seizures_cabinet_kg', places: [NATIONAL], from: filter.from, to: filter.to });
  const lines = linesOf(data.points, (p) => p.dimension ?? 'total', []);
  return {
    key: data.series.key,
    title: data.series.label[lang],
    note: t('seizuresNote'),
    unit: data.series.unit,
    kind: 'bars',
    lines: [...lines].map(([drug, points]) => ({ key: drug, label: drugLabel(drug, lang), points: points.map((p) => toPoint(p)) })),
    sources: sourcesOf(data),
  };
}

/**
 * What a briefing shows for a filter, from the same services as the dashboard: its KPIs, counts
 * by state and commentary, its trend charts' series, its newest items, and the risk levels at the
 * end of its period.
 */
export async function briefingData(
  db: Kysely<Database>,
  filter: Filter,
  options: { lang: ExportLang; viewName?: string | null; generatedAt?: Date; itemCap?: number },
): Promise<BriefingData> {
  const generatedAt = options.generatedAt ?? new Date();
  const today = generatedAt.toISOString().slice(0, 10);
  const [board, caseFiles, transfers, seizures, items, levels] = await Promise.all([
    dashboard(db, filter, { today }),
    caseFilesChart(db, filter, options.lang),
    transfersChart(db, options.lang),
    seizuresChart(db, filter, options.lang),
    listItems(db, { filter, limit: options.itemCap ?? BRIEFING_ITEM_CAP }),
    briefingLevels(db, filter, today),
  ]);
  return {
    filter,
    viewName: options.viewName ?? null,
    lang: options.lang,
    generatedAt,
    dashboard: board,
    charts: [caseFiles, transfers, seizures],
    items: items.items,
    totalItems: board.kpis.items.value ?? items.items.length,
    levels,
  };
}
