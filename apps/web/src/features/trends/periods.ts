/** Calendar arithmetic on 'YYYY-MM-DD' strings: they are days, not instants, so everything is UTC. */

const DAY_MS = 86_400_000;

export const asUtcDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** Milliseconds since the epoch at the start of a calendar day (a time axis position). */
export const dayMs = (iso: string): number => asUtcDate(iso).getTime();

/** First day of the month of a date. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** Last day of the month of a date. */
export function monthEnd(iso: string): string {
  const d = asUtcDate(monthStart(iso));
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** First day of the month `n` months after (or before, when negative) the month of `iso`. */
export function addMonths(iso: string, n: number): string {
  const d = asUtcDate(iso);
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
}

/** How many calendar months a range touches: Jan 15 – Mar 2 touches 3. */
export function monthsTouched(from: string, to: string): number {
  const a = asUtcDate(from);
  const b = asUtcDate(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + 1;
}

/** Every month start from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(from); m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export interface ChartRange {
  from?: string;
  to?: string;
  /** Set when the filter's range was too short for a monthly trend and the chart shows more. */
  widenedFrom?: { from: string; to: string };
}

/** Below this many months a monthly line says little about a trend. */
export const MIN_TREND_MONTHS = 6;
/** How much a too-short range is widened to: a year shows the seasonal cycle. */
export const WIDENED_MONTHS = 12;

/**
 * The date range of a monthly trend chart for the filter's range. A range shorter than
 * MIN_TREND_MONTHS becomes the WIDENED_MONTHS months that end with it (the chart then shades
 * what was selected); an open range stays open.
 */
export function monthlyTrendRange(filter: { from?: string | undefined; to?: string | undefined }, today: string): ChartRange {
  const { from, to } = filter;
  if (from === undefined) return to === undefined ? {} : { to };
  const end = to ?? today;
  if (monthsTouched(from, end) >= MIN_TREND_MONTHS) return to === undefined ? { from } : { from, to };
  return { from: addMonths(end, -(WIDENED_MONTHS - 1)), to: end, widenedFrom: { from, to: end } };
}

const isFirstOfMonth = (iso: string) => iso.endsWith('-01');
const isLastOfMonth = (iso: string) => monthEnd(iso) === iso;

/**
 * A period as people name it, in the locale: '2024' for a calendar year, 'Jan 2025' for a month,
 * 'Oct 2024 – Jan 2025' for whole months, 'Feb 27, 2025' for a day, full dates otherwise.
 */
export function periodLabel(start: string, end: string, locale: string): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  if (start === end) return day.format(asUtcDate(start));
  if (isFirstOfMonth(start) && isLastOfMonth(end)) {
    if (start.slice(5, 7) === '01' && end.slice(5, 10) === '12-31' && start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
    if (start.slice(0, 7) === end.slice(0, 7)) return month.format(asUtcDate(start));
    return `${month.format(asUtcDate(start))} – ${month.format(asUtcDate(end))}`;
  }
  return `${day.format(asUtcDate(start))} – ${day.format(asUtcDate(end))}`;
}

/** Length of a period in days, both ends included. */
export function periodDays(start: string, end: string): number {
  return Math.round((dayMs(end) - dayMs(start)) / DAY_MS) + 1;
}

/** Whether any two of the periods overlap without being the same period. */
export function periodsOverlap(periods: ReadonlyArray<{ start: string; end: string }>): boolean {
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (b.start > a.end) break;
      if (a.start !== b.start || a.end !== b.end) return true;
    }
  }
  return false;
}

/** Today's calendar date where the user is (for file names and open ranges). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
