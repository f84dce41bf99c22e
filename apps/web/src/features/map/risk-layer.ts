import { NOT_RATED, RISK_SCALE, riskLevelInfo } from '@atalaya/domain';
import { ADVISORY_SCALE, advisoryStep } from '../risk/advisory.ts';
import { colorFor, NO_DATA_FILL, type Classification, type LegendEntry } from './classes.ts';
import type { MapLayer, StateDatum } from './layers.ts';
import type { Painter } from './map-style.ts';

/** The figures' layers draw classes of their values; the firm's risk level and the US advisory each draw their own fixed scale. */
export function layerPainter(layer: MapLayer, classes: Classification | null): Painter {
  if (layer === 'risk_level') return (d) => (d.value === null ? null : (riskLevelInfo(d.value)?.color ?? null));
  if (layer === 'us_advisory') return (d) => (d.value === null ? null : (advisoryStep(d.value)?.color ?? null));
  return (d) => (d.value === null ? null : colorFor(d.value, classes));
}

/** The Risk level legend: the whole five-step scale, each with how many states are at it, then "not rated". */
export function riskLegendEntries(data: readonly Pick<StateDatum, 'value'>[]): LegendEntry[] {
  const count = (level: number | null) => data.filter((d) => d.value === level).length;
  return [
    ...RISK_SCALE.map((step): LegendEntry => ({ kind: 'level', scale: 'risk', level: step.level, color: step.color, count: count(step.level) })),
    { kind: 'notRated', scale: 'risk', color: NOT_RATED.color, count: count(null) },
  ];
}

/** The US advisory legend: its own four steps, each with how many states are at it, then the states without an advisory. */
export function advisoryLegendEntries(data: readonly Pick<StateDatum, 'value'>[]): LegendEntry[] {
  const count = (level: number | null) => data.filter((d) => d.value === level).length;
  return [
    ...ADVISORY_SCALE.map((step): LegendEntry => ({ kind: 'level', scale: 'advisory', level: step.level, color: step.color, count: count(step.level) })),
    { kind: 'notRated', scale: 'advisory', color: NO_DATA_FILL, count: count(null) },
  ];
}

/** The vintages (dates) of the advisories shown, oldest first: the legend names them. */
export function advisoryVintages(data: readonly Pick<StateDatum, 'advisory'>[]): string[] {
  return [...new Set(data.flatMap((d) => (d.advisory ? [d.advisory.asOf] : [])))].sort();
}

/** Where the advisories shown were issued and reported: issuers, and the pages that reported them. */
export function advisorySources(data: readonly Pick<StateDatum, 'advisory'>[]): { issuers: string[]; urls: string[]; notes: string[] } {
  const shown = data.flatMap((d) => (d.advisory ? [d.advisory] : []));
  return {
    issuers: [...new Set(shown.map((a) => a.issuer))],
    urls: [...new Set(shown.flatMap((a) => a.sourceUrls))],
    notes: [...new Set(shown.flatMap((a) => (a.note ? [a.note] : [])))],
  };
}
