import { seriesByKey } from '@atalaya/domain';
import type { Lang } from '../../i18n/index.tsx';
import type { ObservationStatus, ReviewObservation } from './types.ts';

/**
 * 'drug_seizure_kg' with dimension 'methamphetamine' → 'Drug seizures (methamphetamine)': the catalog's
 * label in the reader's language, and the dimension as `dimensionName` words it.
 */
export function seriesLabel(observation: Pick<ReviewObservation, 'series' | 'dimension'>, lang: Lang, dimensionName: (dimension: string) => string): string {
  const label = seriesByKey(observation.series)?.label[lang] ?? observation.series;
  return observation.dimension ? `${label} (${dimensionName(observation.dimension)})` : label;
}

/** One day, or a range, with each end formatted by `date`. */
export function formatPeriod(start: string, end: string, date: (iso: string) => string): string {
  return start === end ? date(start) : `${date(start)} – ${date(end)}`;
}

/** Figures nobody has accepted or rejected yet: they stay hidden from clients even after publishing. */
export function countUnreviewed(items: ReadonlyArray<{ observations: ReadonlyArray<{ status: ObservationStatus }> }>): { unreviewed: number; total: number } {
  const all = items.flatMap((i) => i.observations);
  return { unreviewed: all.filter((o) => o.status === 'proposed').length, total: all.length };
}
