import { seriesByKey } from '@atalaya/domain';
import { formatDate } from '../../lib/format.ts';
import type { ObservationStatus, ReviewObservation } from './types.ts';

/** 'drug_seizure_kg' with dimension 'methamphetamine' → 'Drug seizures (methamphetamine)', as the catalog labels it. */
export function seriesLabel(observation: Pick<ReviewObservation, 'series' | 'dimension'>): string {
  const label = seriesByKey(observation.series)?.label.en ?? observation.series;
  return observation.dimension ? `${label} (${observation.dimension.replace(/_/g, ' ')})` : label;
}

export function formatPeriod(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

export const STATUS_TEXT: Record<ObservationStatus, string> = {
  proposed: 'Awaiting review',
  confirmed: 'Accepted',
  rejected: 'Rejected',
};

/** Figures nobody has accepted or rejected yet: they stay hidden from clients even after publishing. */
export function countUnreviewed(items: ReadonlyArray<{ observations: ReadonlyArray<{ status: ObservationStatus }> }>): { unreviewed: number; total: number } {
  const all = items.flatMap((i) => i.observations);
  return { unreviewed: all.filter((o) => o.status === 'proposed').length, total: all.length };
}
