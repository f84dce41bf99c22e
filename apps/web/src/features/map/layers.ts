import { STATES, type StateIso } from '@atalaya/domain';

/** What the map colours the states by; kept in the URL as `layer`. */
export const MAP_LAYERS = ['items', 'items_per_100k', 'homicide_rate', 'risk_level', 'us_advisory'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
export const DEFAULT_LAYER: MapLayer = 'items';

/** The `layer` URL parameter, falling back to the default for anything unknown (an old or hand-edited link). */
export function parseLayer(value: string | null): MapLayer {
  return (MAP_LAYERS as readonly string[]).includes(value ?? '') ? (value as MapLayer) : DEFAULT_LAYER;
}

export type DataStatus = 'preliminary' | 'definitive';

/** The homicide-rate figures as `metrics.latestByState` returns them. */
export interface LatestFigures {
  period: { start: string; end: string } | null;
  values: ReadonlyArray<{
    place: string;
    value: number;
    dataStatus: DataStatus | null;
    sourceLabel: string | null;
    sourceUrl: string | null;
  }>;
}

/** A state's rating by the firm on the map's date; `level: null` is "not rated" (never rated by then), never level 1. */
export interface StateRisk {
  level: number | null;
  effectiveOn: string | null;
  demo: boolean;
}

/** `levels.states` as the map needs it: each state's rating in force on the date, or null. */
export type StateLevelsInput = ReadonlyArray<{ state: string; rating: { level: number; effectiveOn: string; demo: boolean } | null }>;

/** A state's US travel advisory on the map's date: an outside reference with its vintage and where it was reported. */
export interface StateAdvisory {
  asOf: string;
  issuer: string;
  sourceUrls: readonly string[];
  note: string | null;
}

/** `levels.advisory` as the map needs it: each state's advisory in force on the date, or null before the first vintage. */
export type AdvisoryInput = ReadonlyArray<{ state: string; advisory: (StateAdvisory & { level: number }) | null }>;

/** One state's figure on the current layer. `value: null` means "no data" — never the same as 0. */
export interface StateDatum {
  iso: StateIso;
  /** INEGI code as a number: the map feature's id. */
  id: number;
  /** Official Spanish name. */
  name: string;
  nameEn: string;
  value: number | null;
  /** Items in the filter (items layers only). */
  count: number | null;
  dataStatus: DataStatus | null;
  sourceLabel: string | null;
  sourceUrl: string | null;
  /** The firm's rating of the state, shown beside every layer's figure; null while the levels load. */
  risk: StateRisk | null;
  /** On the US advisory layer, the advisory's vintage and sources (null: no advisory for the state then). */
  advisory: StateAdvisory | null;
}

export interface LayerInputs {
  /** Items per state for the filter; null while loading. A state absent from the list has 0 items. */
  counts: ReadonlyArray<{ key: string; count: number }> | null;
  /** Latest INEGI homicide rates; null while loading (or not asked for). */
  homicide: LatestFigures | null;
  /** The states' risk levels on the filter's end date; null while loading (or not asked for). */
  levels?: StateLevelsInput | null | undefined;
  /** The US travel advisory on the same date; null while loading (or not asked for). */
  advisory?: AdvisoryInput | null | undefined;
}

/** Items per 100,000 inhabitants, with INEGI's 2024 population as the denominator. */
export function perHundredThousand(count: number, population: number): number {
  return (count / population) * 100_000;
}

/**
 * Each of the 32 states' figure for a layer, in INEGI order, or null while the layer's data is loading.
 * Items layers: a state without items in the filter is a real 0. Homicide rate: a state without a
 * figure for the latest year is "no data".
 */
export function stateData(layer: MapLayer, inputs: LayerInputs): StateDatum[] | null {
  const risks = risksOf(inputs.levels);
  const risk = (iso: StateIso) => risks?.get(iso) ?? null;
  const none = { dataStatus: null, sourceLabel: null, sourceUrl: null, advisory: null };
  if (layer === 'risk_level') {
    if (!risks) return null;
    return STATES.map((s) => ({ ...identity(s), ...none, value: risk(s.iso)?.level ?? null, count: null, risk: risk(s.iso) }));
  }
  if (layer === 'us_advisory') {
    if (!inputs.advisory) return null;
    const byState = new Map(inputs.advisory.map((a) => [a.state, a.advisory]));
    return STATES.map((s) => {
      const advisory = byState.get(s.iso) ?? null;
      return {
        ...identity(s),
        ...none,
        value: advisory?.level ?? null,
        count: null,
        risk: risk(s.iso),
        advisory: advisory ? { asOf: advisory.asOf, issuer: advisory.issuer, sourceUrls: advisory.sourceUrls, note: advisory.note } : null,
      };
    });
  }
  if (layer === 'homicide_rate') {
    const { homicide } = inputs;
    if (!homicide) return null;
    const byPlace = new Map(homicide.values.map((v) => [v.place, v]));
    return STATES.map((s) => {
      const figure = byPlace.get(s.iso);
      return {
        ...identity(s),
        value: figure ? figure.value : null,
        count: null,
        dataStatus: figure?.dataStatus ?? null,
        sourceLabel: figure?.sourceLabel ?? null,
        sourceUrl: figure?.sourceUrl ?? null,
        risk: risk(s.iso),
        advisory: null,
      };
    });
  }
  const { counts } = inputs;
  if (!counts) return null;
  const byState = new Map(counts.map((c) => [c.key, c.count]));
  return STATES.map((s) => {
    const count = byState.get(s.iso) ?? 0;
    return {
      ...identity(s),
      ...none,
      value: layer === 'items' ? count : perHundredThousand(count, s.population2024),
      count,
      risk: risk(s.iso),
    };
  });
}

/** Each state's rating, or null while the levels load: a state missing from the answer was never rated. */
function risksOf(levels: StateLevelsInput | null | undefined): Map<string, StateRisk> | null {
  if (!levels) return null;
  const rated = new Map(levels.map((l) => [l.state, l.rating]));
  return new Map(
    STATES.map((s) => {
      const rating = rated.get(s.iso) ?? null;
      return [s.iso, rating ? { level: rating.level, effectiveOn: rating.effectiveOn, demo: rating.demo } : { level: null, effectiveOn: null, demo: false }];
    }),
  );
}

function identity(s: (typeof STATES)[number]) {
  return { iso: s.iso, id: Number(s.inegi), name: s.name, nameEn: s.nameEn };
}

/** The year of a period ('2024-01-01' → 2024), or null. */
export function periodYear(period: { start: string } | null | undefined): number | null {
  return period ? Number(period.start.slice(0, 4)) : null;
}

/** How many states have a definitive figure, a preliminary one, and none. */
export function statusSummary(data: readonly StateDatum[]): { definitive: number; preliminary: number; missing: number } {
  let definitive = 0;
  let preliminary = 0;
  let missing = 0;
  for (const d of data) {
    if (d.value === null) missing++;
    else if (d.dataStatus === 'definitive') definitive++;
    else if (d.dataStatus === 'preliminary') preliminary++;
  }
  return { definitive, preliminary, missing };
}
