import { STATES } from '@atalaya/domain';
import type { FeatureLook } from '../map/map-style.ts';
import { levelLook } from './model.ts';
import type { ExposureData } from './types.ts';

/** States without sites stay this pale, so the sites and their states stand out. */
export const QUIET_FILL = '#f3f5f7';

/** The exposure map's states: those holding sites in their own level's colour (grey when not rated), the rest pale. */
export function exposureLooks(data: Pick<ExposureData, 'states'>): Map<number, FeatureLook> {
  const withSites = new Map(data.states.filter((s) => s.sites > 0).map((s) => [s.state, s.level]));
  const looks = new Map<number, FeatureLook>();
  for (const state of STATES) {
    const color = withSites.has(state.iso) ? levelLook(withSites.get(state.iso) ?? null, 'en').color : QUIET_FILL;
    looks.set(Number(state.inegi), { color, noData: false, selected: false });
  }
  return looks;
}

/** The sites with coordinates as map points in the colour of their level. */
export function exposurePoints(data: Pick<ExposureData, 'sites'>): Array<{ name: string; lat: number | null; lon: number | null; color: string }> {
  return data.sites.map((s) => ({ name: s.name, lat: s.lat, lon: s.lon, color: levelLook(s.level?.level ?? null, 'en').color }));
}

