import type { Filter } from '@atalaya/domain';

export const PRESETS = ['last30', 'last90', 'ytd', 'last12m', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** The reader's calendar day (local time), 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The dates a preset stands for, relative to `today` and including it. Presets write fixed dates
 * into the URL, so a link sent today shows the same period when it is opened next week.
 */
export function presetRange(preset: Preset, today: string): { from?: string; to?: string } {
  switch (preset) {
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'ytd':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12m': {
      const year = Number(today.slice(0, 4)) - 1;
      // 29 February has no twin a year earlier; start the day after 28 February then.
      const sameDay = `${year}${today.slice(4)}`;
      const valid = !Number.isNaN(toMs(sameDay)) && fromMs(toMs(sameDay)) === sameDay;
      return { from: addDays(valid ? sameDay : `${year}-02-28`, 1), to: today };
    }
    case 'all':
      return {};
  }
}

/** Which preset the filter's dates match, 'custom' for other dates. */
export function activePreset(filter: Pick<Filter, 'from' | 'to'>, today: string): Preset | 'custom' {
  for (const preset of PRESETS) {
    const range = presetRange(preset, today);
    if (range.from === filter.from && range.to === filter.to) return preset;
  }
  return 'custom';
}

/** Replaces the filter's dates, leaving the rest alone. */
export function withDates(filter: Filter, range: { from?: string | undefined; to?: string | undefined }): Filter {
  const { from: _from, to: _to, ...rest } = filter;
  return { ...rest, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}
