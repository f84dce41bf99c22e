import type { SeriesPoint } from '@atalaya/api';
import { NATIONAL, STATES, stateByIso } from '@atalaya/domain';

/** INEGI's 2024 national population: the sum of the states' 2024 denominators. */
export const NATIONAL_POPULATION_2024 = STATES.reduce((n, s) => n + s.population2024, 0);

export function population2024(place: string): number | null {
  if (place === NATIONAL) return NATIONAL_POPULATION_2024;
  return stateByIso(place)?.population2024 ?? null;
}

const statusRank = (p: SeriesPoint) => (p.dataStatus === 'definitive' ? 0 : p.dataStatus === 'preliminary' ? 1 : 2);

/** The figure for one place's latest year; for a year with both, the definitive one. */
export function latestYearPoint(points: readonly SeriesPoint[], place: string, year?: number): SeriesPoint | null {
  const candidates = points.filter((p) => p.place === place && (year === undefined || p.periodStart.startsWith(String(year))));
  candidates.sort((a, b) => (a.periodEnd === b.periodEnd ? statusRank(a) - statusRank(b) : a.periodEnd < b.periodEnd ? 1 : -1));
  return candidates[0] ?? null;
}

export interface RateComparison {
  state: SeriesPoint | null;
  /** National figure for the state's year (or the latest one when the state has none). */
  national: SeriesPoint | null;
  /** state / national, for the same year; null when one is missing. */
  ratio: number | null;
}

/** A state's latest INEGI homicide rate against the national rate of the same year. */
export function compareRates(points: readonly SeriesPoint[], code: string): RateComparison {
  const state = latestYearPoint(points, code);
  const national = state ? (latestYearPoint(points, NATIONAL, Number(state.periodStart.slice(0, 4))) ?? null) : latestYearPoint(points, NATIONAL);
  const ratio = state && national && national.value !== 0 && national.periodStart === state.periodStart ? state.value / national.value : null;
  return { state, national, ratio };
}

export interface MonthRow {
  /** First day of the month. */
  month: string;
  state: number | null;
  national: number | null;
  /** Per 100,000 inhabitants (2024 population), so a state and the country share one scale. */
  statePer100k: number | null;
  nationalPer100k: number | null;
}

const per100k = (value: number | null, population: number | null) =>
  value === null || population === null || population === 0 ? null : Math.round((value / population) * 100_000 * 100) / 100;

/** Monthly case files of the state and the country side by side, oldest first. */
export function monthlyRows(points: readonly SeriesPoint[], code: string): MonthRow[] {
  const months = new Map<string, { state: number | null; national: number | null }>();
  for (const p of points) {
    if (p.place !== code && p.place !== NATIONAL) continue;
    const row = months.get(p.periodStart) ?? { state: null, national: null };
    if (p.place === code) row.state = (row.state ?? 0) + p.value;
    else row.national = (row.national ?? 0) + p.value;
    months.set(p.periodStart, row);
  }
  const statePop = population2024(code);
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, r]) => ({
      month,
      state: r.state,
      national: r.national,
      statePer100k: per100k(r.state, statePop),
      nationalPer100k: per100k(r.national, NATIONAL_POPULATION_2024),
    }));
}

export interface CaseFileTotals {
  months: number;
  first: string | null;
  last: string | null;
  state: number;
  national: number;
  statePer100k: number | null;
  nationalPer100k: number | null;
}

/** Totals over the months both the state and the country have figures for. */
export function caseFileTotals(rows: readonly MonthRow[], code: string): CaseFileTotals {
  const both = rows.filter((r) => r.state !== null && r.national !== null);
  const state = both.reduce((n, r) => n + (r.state ?? 0), 0);
  const national = both.reduce((n, r) => n + (r.national ?? 0), 0);
  return {
    months: both.length,
    first: both[0]?.month ?? null,
    last: both.at(-1)?.month ?? null,
    state,
    national,
    statePer100k: both.length ? per100k(state, population2024(code)) : null,
    nationalPer100k: both.length ? per100k(national, NATIONAL_POPULATION_2024) : null,
  };
}
