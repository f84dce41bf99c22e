import { STATES, type StateIso } from '@atalaya/domain';

/** What the map colours the states by; kept in the URL as `layer`. */
export const MAP_LAYERS = ['items', 'items_per_100k', 'homicide_rate'] as const;
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
}

export interface LayerInputs {
  /** Items per state for the filter; null while loading. A state absent from the list has 0 items. */
  counts: ReadonlyArray<{ key: string; count: number }> | null;
  /** Latest INEGI homicide rates; null while loading (or not asked for). */
  homicide: LatestFigures | null;
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
      value: layer === 'items' ? count : perHundredThousand(count, s.population2024),
      count,
      dataStatus: null,
      sourceLabel: null,
      sourceUrl: null,
    };
  });
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
