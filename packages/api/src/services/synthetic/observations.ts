import { stateByIso, type SeriesKey } from '@atalaya/domain';
import type { ObservationFigure } from '../metrics.ts';
import type { Rng } from './random.ts';
import { STATES_BY_COVERAGE } from './vocabulary.ts';

export interface SyntheticObservation extends ObservationFigure {
  series: SeriesKey;
  dataStatus: 'preliminary' | 'definitive' | null;
  confidence: 'high' | 'medium';
}

/** The last month with synthetic figures: the month before the last edition's. */
const LAST_MONTH = { year: 2026, month: 10 };

const SEIZED_DRUGS: ReadonlyArray<{ drug: string; kgPerMonth: number }> = [
  { drug: 'methamphetamine', kgPerMonth: 2_200 },
  { drug: 'marijuana', kgPerMonth: 3_000 },
  { drug: 'cocaine', kgPerMonth: 350 },
  { drug: 'fentanyl', kgPerMonth: 45 },
  { drug: 'heroin', kgPerMonth: 15 },
  { drug: 'other', kgPerMonth: 60 },
];

interface Place {
  code: string;
  /** Homicides per 100k a year. */
  rate: number;
  population: number;
  /** Share of the country's seizures. */
  seizureShare: number;
}

// The most-covered states are also the most violent and where most drugs are seized, as in the real series.
const STATE_PLACES: Place[] = STATES_BY_COVERAGE.map((code, rank) => ({
  code,
  rate: 3 + 75 * 0.88 ** rank,
  population: stateByIso(code)?.population2024 ?? 1_000_000,
  seizureShare: 0.9 ** rank,
}));
const PLACES: Place[] = [
  ...STATE_PLACES,
  {
    code: 'MX',
    rate: 24,
    population: STATE_PLACES.reduce((n, p) => n + p.population, 0),
    seizureShare: STATE_PLACES.reduce((n, p) => n + p.seizureShare, 0),
  },
];

type Value = (place: Place, level: number, rng: Rng) => number;

interface StateStream {
  series: SeriesKey;
  unit: string;
  dimension: string | null;
  confidence: 'high' | 'medium';
  /** INEGI distinguishes preliminary figures (the last year) from definitive ones. */
  dataStatus: boolean;
  value: Value;
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;
const monthlyDeaths = (p: Place, level: number) => (p.rate * level * p.population) / 100_000 / 12;

/** Series reported every month for every state and the country. */
const STATE_STREAMS: StateStream[] = [
  { series: 'homicide_rate_inegi', unit: 'per 100k', dimension: null, confidence: 'high', dataStatus: true, value: (p, l) => round(p.rate * l, 1) },
  { series: 'homicides_inegi', unit: 'deaths', dimension: null, confidence: 'high', dataStatus: true, value: (p, l) => round(monthlyDeaths(p, l)) },
  { series: 'homicide_rate_mpi', unit: 'per 100k', dimension: null, confidence: 'medium', dataStatus: false, value: (p, l) => round(p.rate * l * 0.95, 1) },
  { series: 'homicide_victims_sesnsp', unit: 'victims', dimension: null, confidence: 'high', dataStatus: false, value: (p, l) => round(monthlyDeaths(p, l) * 0.9) },
  { series: 'homicide_victims_daily_sesnsp', unit: 'victims/day', dimension: null, confidence: 'high', dataStatus: false, value: (p, l) => round((monthlyDeaths(p, l) * 0.9) / 30.4, 2) },
  { series: 'homicide_case_files_sesnsp', unit: 'case files', dimension: null, confidence: 'medium', dataStatus: false, value: (p, l) => round(monthlyDeaths(p, l) * 0.8) },
  ...SEIZED_DRUGS.flatMap(({ drug, kgPerMonth }): StateStream[] => [
    { series: 'drug_seizures_cabinet_kg', unit: 'kg', dimension: drug, confidence: 'high', dataStatus: false, value: (p, l, rng) => round((kgPerMonth * p.seizureShare * l * (0.3 + rng.next() * 1.4)) / 5, 1) },
    { series: 'drug_seizures_sedena_kg', unit: 'kg', dimension: drug, confidence: 'high', dataStatus: false, value: (p, l, rng) => round((kgPerMonth * p.seizureShare * l * (0.1 + rng.next() * 0.4)) / 5, 1) },
  ]),
  { series: 'fentanyl_pills_seized', unit: 'pills', dimension: null, confidence: 'high', dataStatus: false, value: (p, l, rng) => round(12_000 * p.seizureShare * l * rng.next()) },
];

/** Series only reported for the whole country (transfers) or by a US agency; they take the rows left over. */
const NATIONAL_STREAMS: Array<{ series: SeriesKey; unit: string; place: string; value: (rng: Rng) => number }> = [
  // Mostly a handful of extraditions a month, now and then a mass transfer.
  { series: 'prisoner_transfers', unit: 'people', place: 'MX', value: (rng) => (rng.chance(0.04) ? rng.int(25, 40) : rng.int(0, 9)) },
  { series: 'fentanyl_seizures_cbp_lb', unit: 'lb', place: 'US', value: (rng) => rng.int(700, 2_700) },
];

/** Rows per month across every state stream. */
export const ROWS_PER_MONTH = STATE_STREAMS.length * PLACES.length;

function month(back: number): { start: string; end: string } {
  const index = LAST_MONTH.year * 12 + (LAST_MONTH.month - 1) - back;
  const year = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  const yyyy = String(year).padStart(4, '0');
  return { start: `${yyyy}-${mm}-01`, end: `${yyyy}-${mm}-${String(last).padStart(2, '0')}` };
}

/** A slow cycle and a yearly season, so charts have shape. */
const level = (back: number, rng: Rng) =>
  (1 + 0.25 * Math.sin((2 * Math.PI * back) / 97)) * (1 + 0.06 * Math.sin((2 * Math.PI * back) / 12)) * (0.92 + rng.next() * 0.16);

/**
 * Exactly `count` monthly observations, newest month first: whole months of every state series for every
 * state and the country, and the national-only series over those months and as far back as the rows left over go.
 */
export function* syntheticObservations(rng: Rng, count: number): Generator<SyntheticObservation> {
  // National-only series get at least as many months as the others.
  const months = Math.floor(count / (ROWS_PER_MONTH + NATIONAL_STREAMS.length));
  for (let back = 0; back < months; back++) {
    const { start, end } = month(back);
    const definitive = back >= 12;
    for (const stream of STATE_STREAMS) {
      for (const place of PLACES) {
        yield {
          series: stream.series,
          place: place.code,
          periodStart: start,
          periodEnd: end,
          value: stream.value(place, level(back, rng), rng),
          unit: stream.unit,
          dimension: stream.dimension,
          dataStatus: stream.dataStatus ? (definitive ? 'definitive' : 'preliminary') : null,
          confidence: stream.confidence,
        };
      }
    }
  }
  const rest = count - months * ROWS_PER_MONTH;
  for (const [i, stream] of NATIONAL_STREAMS.entries()) {
    const share = Math.floor(rest / NATIONAL_STREAMS.length) + (i < rest % NATIONAL_STREAMS.length ? 1 : 0);
    for (let back = 0; back < share; back++) {
      const { start, end } = month(back);
      yield { series: stream.series, place: stream.place, periodStart: start, periodEnd: end, value: stream.value(rng), unit: stream.unit, dimension: null, dataStatus: null, confidence: 'high' };
    }
  }
}
