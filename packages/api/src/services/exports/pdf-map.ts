import { mexicoStates, MEXICO_BOUNDS } from '@atalaya/geo';
import { pdfSafe } from './pdf-text.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** ColorBrewer YlOrRd by number of classes, as on the web map. */
const PALETTES: Record<number, readonly string[]> = {
  1: ['#fd8d3c'],
  2: ['#fecc5c', '#e31a1c'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
};
export const NO_ITEMS_FILL = '#e3e7eb';
const BORDER = '#ffffff';
const INK = '#14212b';

export interface CountClass {
  min: number;
  max: number;
  color: string;
}

/**
 * Up to four classes of item counts, split at quantiles of the states that have items, so each
 * class holds about as many states even when a few states dwarf the rest. Zero is not a class:
 * states without items are drawn grey.
 */
export function countClasses(counts: readonly number[]): CountClass[] {
  const sorted = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const k = Math.min(4, new Set(sorted).size);
  const starts = [sorted[0] as number];
  for (let i = 1; i < k; i++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * i) / k))] as number;
    if (q > (starts.at(-1) as number)) starts.push(q);
  }
  const max = sorted.at(-1) as number;
  const palette = PALETTES[starts.length] ?? PALETTES[4]!;
  return starts.map((min, i) => ({ min, max: i + 1 < starts.length ? (starts[i + 1] as number) - 1 : max, color: palette[i] as string }));
}

export function classColor(classes: readonly CountClass[], count: number): string {
  return classes.find((c) => count >= c.min && count <= c.max)?.color ?? NO_ITEMS_FILL;
}

/** Equirectangular projection scaled by the cosine of Mexico's middle latitude, fitted into the box. */
export function mapProjection(box: Box): (position: readonly number[]) => [number, number] {
  const [[west, south], [east, north]] = MEXICO_BOUNDS;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(box.width / ((east - west) * kx), box.height / (north - south));
  const dx = box.x + (box.width - (east - west) * kx * scale) / 2;
  const dy = box.y + (box.height - (north - south) * scale) / 2;
  return ([lon = 0, lat = 0]) => [dx + (lon - west) * kx * scale, dy + (north - lat) * scale];
}

/** The 32 states as vector paths, each filled with the colour `fillOf` gives its ISO code. */
export function drawChoropleth(doc: PDFKit.PDFDocument, box: Box, fillOf: (iso: string) => string): void {
  const project = mapProjection(box);
  doc.save().lineWidth(0.4).lineJoin('round');
  for (const state of mexicoStates().features) {
    const polygons = state.geometry.type === 'Polygon' ? [state.geometry.coordinates] : state.geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach((position, i) => {
          const [x, y] = project(position);
          if (i === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.closePath();
      }
    }
    doc.fillAndStroke(fillOf(state.properties.iso), BORDER, 'even-odd');
  }
  doc.restore();
}

export interface LegendSwatch {
  color: string;
  label: string;
}

/** The item-count legend: each class's range ('1', '2–3', '10–13'), then the grey of states without items. */
export function countLegend(classes: readonly CountClass[], noItemsLabel: string): LegendSwatch[] {
  return [...classes.map((c) => ({ color: c.color, label: c.min === c.max ? String(c.min) : `${c.min}–${c.max}` })), { color: NO_ITEMS_FILL, label: noItemsLabel }];
}

/** Swatches with their labels, one a line; returns the y below the last. */
export function drawMapLegend(doc: PDFKit.PDFDocument, at: { x: number; y: number }, entries: readonly LegendSwatch[]): number {
  let y = at.y;
  doc.font('Helvetica').fontSize(8.5);
  for (const entry of entries) {
    doc.rect(at.x, y, 12, 10).fillAndStroke(entry.color, '#9aa5ae');
    doc.fillColor(INK).text(pdfSafe(entry.label), at.x + 18, y + 1, { lineBreak: false });
    y += 15;
  }
  return y;
}
