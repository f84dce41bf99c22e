import { isStateIso, NATIONAL, STATES, stateByIso, type PlaceScope } from '@atalaya/domain';
import { MAX_STATE_LINES, NATIONAL_LINE, stateLine, type LineStyle } from './palette.ts';
import { monthStart, monthsBetween } from './periods.ts';
import { preferred, singleUnit, type TrendPointLike } from './points.ts';

/** What the monthly chart plots: raw counts, or counts per 100,000 inhabitants. */
export type Measure = 'count' | 'per100k';

/** National population as the sum of the 32 states' 2024 populations (INEGI's denominators). */
export const NATIONAL_POPULATION_2024 = STATES.reduce((n, s) => n + s.population2024, 0);

/** 2024 population of a place code ('MX' or a state), or undefined when the catalog has none. */
export function population2024(place: string): number | undefined {
  return place === NATIONAL ? NATIONAL_POPULATION_2024 : stateByIso(place)?.population2024;
}

export function per100k(value: number, population: number): number {
  return (value / population) * 100_000;
}

/**
 * The places of the monthly chart for the filter's states: national always, first, then the
 * selected states (national in the filter is not repeated), at most MAX_STATE_LINES of them.
 */
export function monthlyPlaces(states: readonly string[]): { places: PlaceScope[]; left: number } {
  const selected = [...new Set(states.filter(isStateIso))];
  return { places: [NATIONAL, ...selected.slice(0, MAX_STATE_LINES)], left: Math.max(0, selected.length - MAX_STATE_LINES) };
}

/** Line style of each place: national black, states in palette order (stable while the data loads). */
export function placeLines(places: readonly string[]): Map<string, LineStyle> {
  let n = 0;
  return new Map(places.map((place) => [place, place === NATIONAL ? NATIONAL_LINE : stateLine(n++)]));
}

/** Comparing states, raw counts mislead (national is ~100× a state): per 100k is the default then. */
export function defaultMeasure(places: readonly string[]): Measure {
  return places.length > 1 ? 'per100k' : 'count';
}

/** In counts with states beside it, national gets its own (right-hand) axis; otherwise one axis. */
export function axisOf(place: string, places: readonly string[], measure: Measure): 'left' | 'right' {
  return measure === 'count' && places.length > 1 && place === NATIONAL ? 'right' : 'left';
}

/** One month of the chart: `month` and one value (or null for a gap) per place code. */
export type MonthRow = { month: string } & Record<string, number | string | null>;

export interface MonthlyChartData {
  rows: MonthRow[];
  /** Places with at least one figure, in the order asked for. */
  places: string[];
  /** 'place|month' of figures the source marks low-confidence (their totals do not reconcile). */
  lowConfidence: Set<string>;
  unit: string | null;
}

/**
 * Monthly points → one row per month (gaps kept as null, so a line breaks rather than
 * bridging missing months), one column per place, as counts or per 100k.
 */
export function shapeMonthly(points: readonly TrendPointLike[], places: readonly string[], measure: Measure): MonthlyChartData {
  const unit = singleUnit(points);
  const wanted = new Set(places);
  const chosen = new Map<string, TrendPointLike>();
  for (const p of points) {
    if (!wanted.has(p.place)) continue;
    const key = `${p.place}|${monthStart(p.periodStart)}`;
    const current = chosen.get(key);
    chosen.set(key, current ? preferred(current, p) : p);
  }
  const months = [...chosen.values()].map((p) => monthStart(p.periodStart)).sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { rows: [], places: [], lowConfidence: new Set(), unit };
  const present = places.filter((place) => [...chosen.keys()].some((k) => k.startsWith(`${place}|`)));
  const lowConfidence = new Set<string>();
  const rows = monthsBetween(first, last).map((month) => {
    const row: MonthRow = { month };
    for (const place of present) {
      const p = chosen.get(`${place}|${month}`);
      const pop = population2024(place);
      row[place] = p === undefined ? null : measure === 'count' ? p.value : pop ? per100k(p.value, pop) : null;
      if (p?.confidence === 'low') lowConfidence.add(`${place}|${month}`);
    }
    return row;
  });
  return { rows, places: present, lowConfidence, unit };
}

/** First and last non-null value of a place's line, with their months (for the text summary). */
export function lineEnds(rows: readonly MonthRow[], place: string): { first: { month: string; value: number }; last: { month: string; value: number } } | null {
  const values = rows.flatMap((r) => (typeof r[place] === 'number' ? [{ month: r.month, value: r[place] as number }] : []));
  const first = values[0];
  const last = values[values.length - 1];
  return first && last ? { first, last } : null;
}
