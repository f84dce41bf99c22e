// Computed signals: arithmetic on data already in the database, shown beside the firm's levels and labelled as
// computed. A signal is never a level and never changes one.

export type SignalStatus = 'red' | 'amber' | 'green' | 'no-data';

const SEVERITY: Record<SignalStatus, number> = { 'no-data': 0, green: 1, amber: 2, red: 3 };
export const worstStatus = (statuses: readonly SignalStatus[]): SignalStatus =>
  statuses.reduce<SignalStatus>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'no-data');

/** A rise counts only when it is large relative to the baseline and in absolute terms (small counts are noisy). */
export interface RiseThreshold {
  /** Current / baseline at or above which the signal is amber or red. */
  ratio: number;
  /** The least increase (current − baseline) that counts. */
  minIncrease: number;
}

export const CASE_FILE_THRESHOLDS = {
  red: { ratio: 1.25, minIncrease: 5 },
  amber: { ratio: 1.1, minIncrease: 2 },
} as const satisfies Record<'red' | 'amber', RiseThreshold>;

export const ITEM_VOLUME_THRESHOLDS = {
  red: { ratio: 2, minIncrease: 1 },
  amber: { ratio: 1.5, minIncrease: 0.5 },
} as const satisfies Record<'red' | 'amber', RiseThreshold>;

/** Least items in the last four weeks for the item-volume signal to turn red or amber at all. */
export const ITEM_VOLUME_MIN_RECENT = { red: 4, amber: 2 } as const;

export function riseStatus(current: number, baseline: number, thresholds: Record<'red' | 'amber', RiseThreshold>): SignalStatus {
  const increase = current - baseline;
  const above = (t: RiseThreshold) => increase >= t.minIncrease && (baseline === 0 ? current > 0 : current / baseline >= t.ratio);
  if (above(thresholds.red)) return 'red';
  if (above(thresholds.amber)) return 'amber';
  return 'green';
}

export interface MonthlyValue {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  value: number;
}

export interface CaseFileSignal {
  status: SignalStatus;
  /** The last full month with a figure (null: none in the window). */
  month: string | null;
  value: number | null;
  /** Mean of the 12 months before it that have figures, and how many there were. */
  trailingMean: number | null;
  trailingMonths: number;
  /** The same month a year earlier. */
  yearAgo: number | null;
  vsMean: SignalStatus;
  vsYearAgo: SignalStatus;
}

const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
function addMonths(month: string, n: number): string {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Homicide case files of the last full month before `date` against the trailing 12-month mean and against the
 * same month a year earlier. "Last full month": the latest month with a figure that ended before `date`, looked
 * for in the three months before it (a series a release behind still gives a signal; an older one does not).
 */
export function caseFileSignal(values: readonly MonthlyValue[], date: string): CaseFileSignal {
  const byMonth = new Map(values.map((v) => [v.month, v.value]));
  const current = monthOf(date);
  let month: string | null = null;
  for (let back = 1; back <= 3 && month === null; back++) {
    const candidate = addMonths(current, -back);
    if (byMonth.has(candidate)) month = candidate;
  }
  if (month === null) {
    return { status: 'no-data', month: null, value: null, trailingMean: null, trailingMonths: 0, yearAgo: null, vsMean: 'no-data', vsYearAgo: 'no-data' };
  }
  const value = byMonth.get(month) as number;
  const trailing: number[] = [];
  for (let back = 1; back <= 12; back++) {
    const v = byMonth.get(addMonths(month, -back));
    if (v !== undefined) trailing.push(v);
  }
  // A mean of fewer than six months is no baseline.
  const trailingMean = trailing.length >= 6 ? trailing.reduce((a, b) => a + b, 0) / trailing.length : null;
  const yearAgo = byMonth.get(addMonths(month, -12)) ?? null;
  const vsMean = trailingMean === null ? 'no-data' : riseStatus(value, trailingMean, CASE_FILE_THRESHOLDS);
  const vsYearAgo = yearAgo === null ? 'no-data' : riseStatus(value, yearAgo, CASE_FILE_THRESHOLDS);
  return { status: worstStatus([vsMean, vsYearAgo]), month, value, trailingMean, trailingMonths: trailing.length, yearAgo, vsMean, vsYearAgo };
}

export interface ItemVolumeSignal {
  status: SignalStatus;
  /** Items in the four weeks ending on the date, and in the twelve weeks before those. */
  recent: number;
  previous: number;
  recentWeeklyMean: number;
  previousWeeklyMean: number;
}

/** Published items about a state in the last 4 weeks against the previous 12 weeks' weekly mean. */
export function itemVolumeSignal(recent: number, previous: number): ItemVolumeSignal {
  const recentWeeklyMean = recent / 4;
  const previousWeeklyMean = previous / 12;
  let status = riseStatus(recentWeeklyMean, previousWeeklyMean, ITEM_VOLUME_THRESHOLDS);
  if (status === 'red' && recent < ITEM_VOLUME_MIN_RECENT.red) status = recent >= ITEM_VOLUME_MIN_RECENT.amber ? 'amber' : 'green';
  if (status === 'amber' && recent < ITEM_VOLUME_MIN_RECENT.amber) status = 'green';
  return { status, recent, previous, recentWeeklyMean, previousWeeklyMean };
}
