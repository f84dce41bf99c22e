/**
 * Class breaks and colours for the choropleth: data in, style out, no map needed.
 *
 * Breaks are quantiles rounded to readable numbers, so each class holds about as many
 * states as the others even when a few states dwarf the rest (which item counts always do).
 */

/** ColorBrewer YlOrRd (sequential, colour-blind safe), by number of classes. */
const PALETTES: Record<number, readonly string[]> = {
  1: ['#fd8d3c'],
  2: ['#fecc5c', '#e31a1c'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
};
export const MAX_CLASSES = 5;

/**
 * Viridis, light to dark (sequential, colour-blind safe, and still ordered in greyscale): for
 * briefing mode, where projectors wash out the pale end of YlOrRd.
 */
const PROJECTOR_PALETTES: Record<number, readonly string[]> = {
  1: ['#21918c'],
  2: ['#7ad151', '#31688e'],
  3: ['#fde725', '#21918c', '#440154'],
  4: ['#fde725', '#35b779', '#31688e', '#440154'],
  5: ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'],
};

/** 'projector' is briefing mode's palette; 'default' the dashboard's. */
export type MapPalette = 'default' | 'projector';

/** States without data: a light grey under a darker hatch, never a palette colour. */
export const NO_DATA_FILL = '#e3e7eb';
export const NO_DATA_HATCH = '#7d8b97';

export interface Classification {
  /**
   * Ascending thresholds: class i holds values v with breaks[i-1] <= v < breaks[i]
   * (the first class starts at min, the last ends at max inclusive).
   */
  breaks: number[];
  min: number;
  max: number;
  /** Whole numbers (item counts): ranges read "3–5" rather than "3–6". */
  integer: boolean;
  /** The first class is exactly zero (states with no items are a class of their own). */
  zeroClass: boolean;
  colors: readonly string[];
}

/** Linear-interpolated quantile (type 7) of an ascending array. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Rounds to two significant digits (23.7 → 24, 123.8 → 120, 0.437 → 0.44). */
export function nice(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(12));
}

/**
 * Up to `classes` classes for the values (nulls — "no data" — are left out by the caller).
 * Returns null when there is nothing to classify. Lumpy data gets fewer classes rather than empty ones.
 */
export function classify(values: readonly number[], options: { classes?: number; integer?: boolean; palette?: MapPalette } = {}): Classification | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const k = Math.max(1, Math.min(MAX_CLASSES, options.classes ?? MAX_CLASSES));
  const integer = options.integer ?? finite.every((v) => Number.isInteger(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const palette = options.palette ?? 'default';
  if (min === max) return withColors({ breaks: [], min, max, integer, zeroClass: false }, palette);

  // Zero is a class of its own when the rest is positive: "no items here" must not share a colour with "a few".
  const zeroClass = min === 0 && k > 1;
  const rest = zeroClass ? sorted.filter((v) => v > 0) : sorted;
  const restMin = rest[0] ?? 0;
  const restClasses = zeroClass ? k - 1 : k;
  const candidates: number[] = zeroClass ? [integer ? 1 : restMin] : [];
  for (let i = 1; i < restClasses; i++) {
    const q = quantile(rest, i / restClasses);
    candidates.push(integer ? Math.ceil(q) : nice(q));
  }
  // Keep a threshold only if the class below it holds a value: with few or lumpy values,
  // interpolated quantiles can fall in a gap, and an empty class is a legend line about nothing.
  const breaks: number[] = [];
  let lower = min;
  for (const t of candidates) {
    if (t > lower && t <= max && sorted.some((v) => v >= lower && v < t)) {
      breaks.push(t);
      lower = t;
    }
  }
  return withColors({ breaks, min, max, integer, zeroClass }, palette);
}

function withColors(c: Omit<Classification, 'colors'>, palette: MapPalette): Classification {
  const n = c.breaks.length + 1;
  const palettes = palette === 'projector' ? PROJECTOR_PALETTES : PALETTES;
  return { ...c, colors: palettes[n] ?? palettes[MAX_CLASSES] ?? [] };
}

/** Index of the class a value falls in. */
export function classIndex(value: number, c: Classification): number {
  let i = 0;
  while (i < c.breaks.length && value >= (c.breaks[i] ?? Infinity)) i++;
  return i;
}

/** Fill colour for a value; null ("no data") gets the no-data grey. */
export function colorFor(value: number | null, c: Classification | null): string {
  if (value === null || !c) return NO_DATA_FILL;
  return c.colors[classIndex(value, c)] ?? NO_DATA_FILL;
}

export type LegendEntry =
  | { kind: 'class'; color: string; from: number; to: number; /** exactly one value (e.g. "0") */ single: boolean; count: number }
  | { kind: 'noData'; color: string; count: number }
  /** A step of a fixed scale (the firm's risk levels, or the US advisory's), with its own colour. */
  | { kind: 'level'; scale: LevelScale; level: number; color: string; count: number }
  /** Never rated (or no advisory): hatched like "no data", and never a colour of the scale. */
  | { kind: 'notRated'; scale: LevelScale; color: string; count: number };

/** The firm's five-step risk scale, or the US travel advisory's four steps: kept apart, never blended. */
export type LevelScale = 'risk' | 'advisory';

/** Entries drawn with the no-data hatch rather than a flat colour. */
export const isHatched = (entry: LegendEntry): boolean => entry.kind === 'noData' || entry.kind === 'notRated';

/**
 * The legend: one entry per class with its range (inclusive, as printed) and how many states
 * fall in it, then "no data" when some state has none.
 */
export function legendEntries(c: Classification | null, values: ReadonlyArray<number | null>): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (c) {
    const counts = new Array<number>(c.breaks.length + 1).fill(0);
    for (const v of values) {
      if (v === null) continue;
      const i = classIndex(v, c);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    for (let i = 0; i <= c.breaks.length; i++) {
      const from = i === 0 ? c.min : (c.breaks[i - 1] ?? c.min);
      const upper = i === c.breaks.length ? c.max : (c.breaks[i] ?? c.max);
      // Whole numbers: the class [3, 6) is printed 3–5.
      const to = c.integer && i < c.breaks.length ? upper - 1 : upper;
      const single = (c.zeroClass && i === 0) || from === to;
      entries.push({ kind: 'class', color: c.colors[i] ?? NO_DATA_FILL, from, to: single ? from : to, single, count: counts[i] ?? 0 });
    }
  }
  const missing = values.filter((v) => v === null).length;
  if (missing > 0) entries.push({ kind: 'noData', color: NO_DATA_FILL, count: missing });
  return entries;
}

/**
 * A diagonal hatch tile (RGBA pixels) for the "no data" fill pattern: drawn in code, so the
 * map needs no sprite file and works offline.
 */
export function hatchPixels(size = 8, line = NO_DATA_HATCH, background = NO_DATA_FILL): Uint8ClampedArray<ArrayBuffer> {
  const [lr, lg, lb] = hexToRgb(line);
  const [br, bg, bb] = hexToRgb(background);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two pixels wide along the anti-diagonal; tiles seamlessly because it wraps at `size`.
      const on = (x + y) % size < 2;
      const o = (y * size + x) * 4;
      data[o] = on ? lr : br;
      data[o + 1] = on ? lg : bg;
      data[o + 2] = on ? lb : bb;
      data[o + 3] = 255;
    }
  }
  return data;
}

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
