import type { SeriesPoint } from '@atalaya/api';

/** The fields of a series point that the trend charts use (metrics.series returns more). */
export type TrendPointLike = Pick<SeriesPoint, 'place' | 'periodStart' | 'periodEnd' | 'value' | 'unit' | 'dimension' | 'dataStatus' | 'confidence' | 'sourceUrl' | 'sourceLabel'> &
  Partial<Pick<SeriesPoint, 'note'>>;

/**
 * Of two figures for the same place, period and dimension, the one a chart draws: the definitive
 * over the preliminary, then the more confident one. Both stay in the data table.
 */
export function preferred<P extends TrendPointLike>(a: P, b: P): P {
  const rank = (p: P) => (p.dataStatus === 'definitive' ? 2 : p.dataStatus === null ? 1 : 0) * 10 + { high: 2, medium: 1, low: 0 }[p.confidence];
  return rank(b) > rank(a) ? b : a;
}

export interface SourceLink {
  label: string;
  url: string | null;
}

/** The distinct sources behind some points, in order of first appearance. */
export function sourceLinks(points: readonly TrendPointLike[]): SourceLink[] {
  const seen = new Map<string, SourceLink>();
  for (const p of points) {
    const label = p.sourceLabel ?? p.sourceUrl;
    if (!label) continue;
    const key = `${label}\n${p.sourceUrl ?? ''}`;
    if (!seen.has(key)) seen.set(key, { label, url: p.sourceUrl });
  }
  return [...seen.values()];
}

/** Which release statuses appear among the points: a chart says when it shows preliminary figures. */
export function dataStatuses(points: readonly TrendPointLike[]): { preliminary: boolean; definitive: boolean } {
  return {
    preliminary: points.some((p) => p.dataStatus === 'preliminary'),
    definitive: points.some((p) => p.dataStatus === 'definitive'),
  };
}

/**
 * The one unit of a chart's points. A chart draws one series: points with different units
 * mean two series were mixed, which is refused rather than drawn.
 */
export function singleUnit(points: readonly TrendPointLike[]): string | null {
  const units = new Set(points.map((p) => p.unit));
  if (units.size > 1) throw new Error(`A chart cannot mix units: ${[...units].join(', ')}`);
  return points[0]?.unit ?? null;
}
