import { STATES } from '@atalaya/domain';
import type { FeatureLook } from '../map/map-style.ts';
import { levelColors } from '../rating/labels.ts';
import type { ExposureData } from './types.ts';

/** States without sites stay pale; those with sites a little darker. Neither is a level colour: only the sites carry those. */
export const QUIET_FILL = '#f3f5f7';
export const SITES_FILL = '#dde6ee';

/**
 * The exposure map's states, in neutral tones: a site in a state filled with its own level's colour would
 * vanish into it, so the levels are on the sites (and the states' own levels in the table below).
 */
export function exposureLooks(data: Pick<ExposureData, 'states'>): Map<number, FeatureLook> {
  const withSites = new Set(data.states.filter((s) => s.sites > 0).map((s) => s.state));
  const looks = new Map<number, FeatureLook>();
  for (const state of STATES) looks.set(Number(state.inegi), { color: withSites.has(state.iso) ? SITES_FILL : QUIET_FILL, noData: false, selected: false });
  return looks;
}

/** The sites with coordinates as map points in the colour of their level. */
export function exposurePoints(data: Pick<ExposureData, 'sites'>): Array<{ name: string; lat: number | null; lon: number | null; color: string }> {
  return data.sites.map((s) => ({ name: s.name, lat: s.lat, lon: s.lon, color: levelColors(s.level?.level ?? null).background }));
}

