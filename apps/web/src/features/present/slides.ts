import type { Count, Dashboard, ItemSummary } from '@atalaya/api';
import { isStateIso, type Filter, type StateIso } from '@atalaya/domain';

/**
 * The briefing's slides, generated from the filter and the dashboard's data: pure functions, so
 * which slides appear, in which order, and where an address lands are tested without a browser.
 */

/** The dashboard's trend charts, one slide each, in the dashboard's order. */
export const TREND_CHARTS = ['case-files', 'transfers', 'seizures', 'topic-volume'] as const;
export type TrendChart = (typeof TREND_CHARTS)[number];

/** How many of the filter's latest items get a slide of their own. */
export const TOP_ITEMS = 5;
/** How many states the walk-through visits when the filter selects none. */
export const TOP_STATES = 3;

export type Slide =
  | { kind: 'title'; itemCount: number }
  | { kind: 'map' }
  /** The firm's risk levels at the end of the filter's period, as a map and a table. */
  | { kind: 'levels' }
  | { kind: 'kpis' }
  | { kind: 'trend'; chart: TrendChart }
  /** `rank` counts from 1 among the item slides, `of` is how many there are. */
  | { kind: 'item'; item: ItemSummary; rank: number; of: number }
  /** `stop` counts from 1 along the walk-through, `of` is how many states it visits. */
  | { kind: 'state'; code: StateIso; count: number; stop: number; of: number };

export interface StateStop {
  code: StateIso;
  count: number;
}

/**
 * The states the walk-through visits: the filter's own states in the filter's order, or else the
 * `limit` states with the most items (the API sends them most first). National scope is not a state.
 */
export function walkthroughStates(filter: Pick<Filter, 'states'>, byState: readonly Count[], limit = TOP_STATES): StateStop[] {
  const countOf = new Map(byState.map((c) => [c.key, c.count]));
  const selected = filter.states.filter(isStateIso);
  if (selected.length > 0) return selected.map((code) => ({ code, count: countOf.get(code) ?? 0 }));
  return byState.flatMap((c) => (isStateIso(c.key) && c.count > 0 ? [{ code: c.key, count: c.count }] : [])).slice(0, limit);
}

/**
 * The deck for a filter: title, map, key figures, one slide per trend chart, the latest items one
 * per slide, the risk levels, then the state walk-through (each stop with its level). A filter without items gets its title slide alone, which
 * says so: every other slide would be about nothing.
 */
export function buildSlides(dashboard: Pick<Dashboard, 'items' | 'counts' | 'kpis'>, filter: Pick<Filter, 'states'>): Slide[] {
  const itemCount = dashboard.kpis.items.value ?? dashboard.items.items.length;
  const title: Slide = { kind: 'title', itemCount };
  if (dashboard.items.items.length === 0) return [title];
  const items = dashboard.items.items.slice(0, TOP_ITEMS);
  const stops = walkthroughStates(filter, dashboard.counts.byState);
  return [
    title,
    { kind: 'map' },
    { kind: 'kpis' },
    ...TREND_CHARTS.map((chart): Slide => ({ kind: 'trend', chart })),
    ...items.map((item, i): Slide => ({ kind: 'item', item, rank: i + 1, of: items.length })),
    { kind: 'levels' },
    ...stops.map(({ code, count }, i): Slide => ({ kind: 'state', code, count, stop: i + 1, of: stops.length })),
  ];
}

/** A stable key for a slide (React keys, test ids). */
export function slideKey(slide: Slide): string {
  switch (slide.kind) {
    case 'trend':
      return `trend-${slide.chart}`;
    case 'item':
      return `item-${slide.item.id}`;
    case 'state':
      return `state-${slide.code}`;
    default:
      return slide.kind;
  }
}

/**
 * The 1-based slide number an address asks for, clamped to the deck: missing or unreadable gives
 * the first slide, out of range the nearest end.
 */
export function clampSlide(raw: string | null, total: number): number {
  if (total < 1) return 1;
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(n, 1), total);
}

/** Shortest and longest auto-advance a lobby screen may ask for, in seconds. */
export const AUTO_RANGE = { min: 5, max: 3600 } as const;

/** The auto-advance interval an address asks for (`auto=30`), in seconds, clamped; null for none or nonsense. */
export function parseAuto(raw: string | null): number | null {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return null;
  const n = Number.parseInt(raw, 10);
  if (n <= 0) return null;
  return Math.min(Math.max(n, AUTO_RANGE.min), AUTO_RANGE.max);
}

/** The slide after `slide`; the last one stays put, unless the deck loops (auto-advance). */
export function nextSlide(slide: number, total: number, loop = false): number {
  if (slide >= total) return loop ? 1 : total;
  return slide + 1;
}
