import { STATES } from '@atalaya/domain';
import type { mexicoStates } from '@atalaya/geo';
import type { MapOptions } from 'maplibre-gl';
import { NO_DATA_FILL } from './classes.ts';
import type { StateDatum } from './layers.ts';

// maplibre-gl re-exports the style types only through MapOptions.
export type StyleSpec = Exclude<MapOptions['style'], string | undefined>;
export type LayerSpec = StyleSpec['layers'][number];

export const SOURCE_ID = 'states';
export const FILL_LAYER = 'states-fill';
export const HATCH_LAYER = 'states-no-data';
export const HATCH_IMAGE = 'no-data-hatch';
const BACKGROUND = '#eaf0f4';
const INK = '#14212b';
export const LOADING_FILL = '#f3f5f7';

const isOn = (name: string): ['boolean', ['feature-state', string], boolean] => ['boolean', ['feature-state', name], false];

/** The no-data hatch goes on top of the fill, under the borders; it is added once its image exists. */
export const hatchLayer: LayerSpec = {
  id: HATCH_LAYER,
  type: 'fill',
  source: SOURCE_ID,
  paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', isOn('noData'), 1, 0] },
};

/**
 * The whole map style: a plain background and the states. No tiles, sprites or glyphs, so it
 * works offline; colours and selection come in as feature state, so changing the layer or the
 * filter never re-tiles the geometry.
 */
export function mapStyle(states: ReturnType<typeof mexicoStates>): StyleSpec {
  return {
    version: 8,
    sources: { [SOURCE_ID]: { type: 'geojson', data: states } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } },
      {
        id: FILL_LAYER,
        type: 'fill',
        source: SOURCE_ID,
        paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], NO_DATA_FILL], 'fill-antialias': true },
      },
      { id: 'states-border', type: 'line', source: SOURCE_ID, paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
      {
        id: 'states-hover',
        type: 'line',
        source: SOURCE_ID,
        paint: { 'line-color': INK, 'line-width': 1.5, 'line-opacity': ['case', isOn('hover'), 1, 0] },
      },
      // A white halo under a dark line keeps the selection visible on every palette colour.
      {
        id: 'states-selected-halo',
        type: 'line',
        source: SOURCE_ID,
        paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': ['case', isOn('selected'), 1, 0] },
      },
      {
        id: 'states-selected',
        type: 'line',
        source: SOURCE_ID,
        paint: { 'line-color': INK, 'line-width': 2.5, 'line-opacity': ['case', isOn('selected'), 1, 0] },
      },
    ],
  };
}

export interface FeatureLook {
  color: string;
  noData: boolean;
  selected: boolean;
}

/** A layer's colour for one state; null draws the no-data (or not-rated) hatch. */
export type Painter = (datum: StateDatum) => string | null;

/** Feature state per map feature id (the INEGI code): data → style, testable without a map. */
export function featureLooks(data: readonly StateDatum[] | null, paint: Painter, selected: readonly string[]): Map<number, FeatureLook> {
  const looks = new Map<number, FeatureLook>();
  if (!data) {
    // Loading: a flat neutral, neither a palette colour nor the no-data hatch.
    for (const s of STATES) looks.set(Number(s.inegi), { color: LOADING_FILL, noData: false, selected: selected.includes(s.iso) });
    return looks;
  }
  for (const d of data) {
    const color = paint(d);
    looks.set(d.id, { color: color ?? NO_DATA_FILL, noData: color === null, selected: selected.includes(d.iso) });
  }
  return looks;
}
