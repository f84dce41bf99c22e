export type Change =
  /** Nothing to compare with: the filter has no closed range, or a figure is missing. */
  | { kind: 'none' }
  | { kind: 'flat' }
  /** `ratio` is the relative change ((value − previous) / previous); null when previous is 0. */
  | { kind: 'up' | 'down'; ratio: number | null };

/** How a figure moved against the same figure for the period before. */
export function compareValues(value: number | null, previous: number | null): Change {
  if (value === null || previous === null) return { kind: 'none' };
  if (value === previous) return { kind: 'flat' };
  const ratio = previous === 0 ? null : (value - previous) / Math.abs(previous);
  return { kind: value > previous ? 'up' : 'down', ratio };
}

/** Drugs in a fixed reading order: the synthetic ones the newsletter follows most come first. */
const DRUG_ORDER = ['fentanyl', 'fentanyl_pills', 'methamphetamine', 'cocaine', 'heroin', 'marijuana', 'other'];

export function byDrugOrder<T extends { drug: string }>(rows: readonly T[]): T[] {
  const at = (drug: string) => {
    const i = DRUG_ORDER.indexOf(drug);
    return i === -1 ? DRUG_ORDER.length : i;
  };
  return [...rows].sort((a, b) => at(a.drug) - at(b.drug) || a.drug.localeCompare(b.drug));
}
