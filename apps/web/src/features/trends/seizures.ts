import { DRUGS, type PlaceScope, type SeriesKey } from '@atalaya/domain';
import { periodsOverlap } from './periods.ts';
import { preferred, singleUnit, type TrendPointLike } from './points.ts';

/**
 * The seizure series a user can pick, one at a time: army-only and whole-cabinet figures differ
 * by an order of magnitude, and US CBP weighs in pounds at the US border, so they never share a chart.
 */
export const SEIZURE_OPTIONS = [
  { id: 'sedena', series: 'drug_seizures_sedena_kg', places: ['MX'] },
  { id: 'cabinet', series: 'drug_seizures_cabinet_kg', places: ['MX'] },
  { id: 'cbp', series: 'fentanyl_seizures_cbp_lb', places: ['US'] },
] as const satisfies ReadonlyArray<{ id: string; series: SeriesKey; places: ReadonlyArray<PlaceScope | 'US'> }>;

export type SeizureOptionId = (typeof SEIZURE_OPTIONS)[number]['id'];

export function seizureOption(id: string): (typeof SEIZURE_OPTIONS)[number] {
  return SEIZURE_OPTIONS.find((o) => o.id === id) ?? SEIZURE_OPTIONS[0];
}

/** Key of the bar of a series without a drug dimension (US CBP: fentanyl only). */
export const TOTAL_KEY = 'total';

export interface SeizurePeriod {
  /** 'start_end', unique per bar group. */
  key: string;
  start: string;
  end: string;
  /** Amount per drug (or under TOTAL_KEY); absent when the source gives none for that drug. */
  values: Record<string, number>;
}

export interface SeizureChartData {
  periods: SeizurePeriod[];
  /** Drugs that appear, in catalog order (TOTAL_KEY for a series without the dimension). */
  drugs: string[];
  unit: string | null;
  /** Some periods overlap: bars must not be added up or compared across lengths. */
  overlapping: boolean;
}

const DRUG_ORDER = new Map<string, number>([...DRUGS, TOTAL_KEY].map((d, i) => [d, i]));

/** One series' points → one group of bars per period (oldest first), one bar per drug. */
export function shapeSeizures(points: readonly TrendPointLike[]): SeizureChartData {
  const unit = singleUnit(points);
  const chosen = new Map<string, TrendPointLike>();
  for (const p of points) {
    const key = `${p.periodStart}_${p.periodEnd}|${p.dimension ?? TOTAL_KEY}`;
    const current = chosen.get(key);
    chosen.set(key, current ? preferred(current, p) : p);
  }
  const periods = new Map<string, SeizurePeriod>();
  const drugs = new Set<string>();
  for (const p of chosen.values()) {
    const key = `${p.periodStart}_${p.periodEnd}`;
    const drug = p.dimension ?? TOTAL_KEY;
    drugs.add(drug);
    const period = periods.get(key) ?? { key, start: p.periodStart, end: p.periodEnd, values: {} };
    period.values[drug] = p.value;
    periods.set(key, period);
  }
  const sorted = [...periods.values()].sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const at = (d: string) => DRUG_ORDER.get(d) ?? DRUG_ORDER.size;
  return {
    periods: sorted,
    drugs: [...drugs].sort((a, b) => at(a) - at(b)),
    unit,
    overlapping: periodsOverlap(sorted),
  };
}
