import { NOT_RATED, RISK_SCALE, riskLevelInfo } from '@atalaya/domain';
import { colorFor, type Classification, type LegendEntry } from './classes.ts';
import type { MapLayer, StateDatum } from './layers.ts';
import type { Painter } from './map-style.ts';

/** The figures' layers draw classes of their values; the firm's risk level draws its own fixed scale. */
export function layerPainter(layer: MapLayer, classes: Classification | null): Painter {
  if (layer === 'risk_level') return (d) => (d.value === null ? null : (riskLevelInfo(d.value)?.color ?? null));
  return (d) => (d.value === null ? null : colorFor(d.value, classes));
}

/** The Risk level legend: the whole five-step scale, each with how many states are at it, then "not rated". */
export function riskLegendEntries(data: readonly Pick<StateDatum, 'value'>[]): LegendEntry[] {
  const count = (level: number | null) => data.filter((d) => d.value === level).length;
  return [
    ...RISK_SCALE.map((step): LegendEntry => ({ kind: 'level', level: step.level, color: step.color, count: count(step.level) })),
    { kind: 'notRated', color: NOT_RATED.color, count: count(null) },
  ];
}
