/**
 * Okabe–Ito, the colour-blind-safe palette (Okabe & Ito, 2008). Literal colours, not CSS
 * variables: the PNG export draws the SVG as an image, where variables do not resolve.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

export const OTHER_GREY = '#A3A3A3';
export const GRID_GREY = '#D9E1E7';
export const AXIS_INK = '#3A4A56';
export const HIGHLIGHT_FILL = '#F3D9A8';

export interface LineStyle {
  color: string;
  /** SVG stroke-dasharray; lines past the third also differ by pattern, not colour alone. */
  dash?: string;
}

/** National is the reference line: black. */
export const NATIONAL_LINE: LineStyle = { color: OKABE_ITO.black };

// Strongest contrast on white first; the paler colours get a dash pattern as a second cue.
const PLACE_LINES: readonly LineStyle[] = [
  { color: OKABE_ITO.blue },
  { color: OKABE_ITO.vermillion },
  { color: OKABE_ITO.green },
  { color: OKABE_ITO.purple, dash: '8 4' },
  { color: OKABE_ITO.orange, dash: '3 3' },
  { color: OKABE_ITO.skyBlue, dash: '12 4 3 4' },
];

/** How many states a line chart draws beside national before it stops being readable. */
export const MAX_STATE_LINES = PLACE_LINES.length;

export function stateLine(index: number): LineStyle {
  return PLACE_LINES[index % PLACE_LINES.length]!;
}

// Neighbouring segments of a stack must differ: alternate dark and light.
const SERIES_FILLS: readonly string[] = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.skyBlue, OKABE_ITO.vermillion, OKABE_ITO.purple];

/** Fill of the n-th category of a stack (topics); "other" is always grey. */
export function categoryFill(index: number): string {
  return SERIES_FILLS[index % SERIES_FILLS.length]!;
}

const DRUG_FILLS: Record<string, string> = {
  fentanyl: OKABE_ITO.vermillion,
  methamphetamine: OKABE_ITO.blue,
  cocaine: OKABE_ITO.green,
  marijuana: OKABE_ITO.orange,
  heroin: OKABE_ITO.purple,
  fentanyl_pills: OKABE_ITO.skyBlue,
};

/** A drug keeps its colour whichever seizure series is shown. */
export function drugFill(drug: string): string {
  return DRUG_FILLS[drug] ?? OTHER_GREY;
}

export type ChartSize = 'default' | 'large';

export interface ChartMetrics {
  height: number;
  font: number;
  stroke: number;
  dot: number;
}

/** 'large' is for briefing mode on a projector: taller, bigger type, thicker lines. */
export function chartMetrics(size: ChartSize): ChartMetrics {
  return size === 'large' ? { height: 460, font: 18, stroke: 4, dot: 6 } : { height: 300, font: 12, stroke: 2, dot: 3 };
}
