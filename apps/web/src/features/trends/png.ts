/**
 * PNG export of a chart, made in the browser: the recharts SVG drawn on a canvas between its
 * title and legend above and its source line below, so a pasted image still says where the
 * figures come from.
 */

import { whiteCanvas, wrapText } from '../../lib/png-canvas.ts';

export interface PngLegendEntry {
  label: string;
  color: string;
  /** 'line' draws a stroke (with the line's dash pattern), 'box' a filled square. */
  shape: 'line' | 'box';
  dash?: string | undefined;
}

export interface ChartPngInput {
  svg: SVGSVGElement;
  /** Short name of the chart for the file: `atalaya-<chart>-<date>.png`. */
  chart: string;
  title: string;
  subtitle?: string | undefined;
  legend: readonly PngLegendEntry[];
  /** The source line (and its notes) as plain text. */
  source: string;
  /** Calendar date for the file name; today by default. */
  date: string;
  /** Pixel density of the image: 2 keeps it sharp on slides. */
  scale?: number;
}

/** `atalaya-<chart>-<date>.png`, with the chart name reduced to safe characters. */
export function pngFileName(chart: string, date: string): string {
  const safe = chart
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `atalaya-${safe || 'chart'}-${date}.png`;
}

/** Legend entries laid out left to right, wrapping to new rows: x offset and row of each. */
export function legendRows(entries: readonly PngLegendEntry[], maxWidth: number, measure: (s: string) => number, swatch: number, gap: number): Array<{ entry: PngLegendEntry; x: number; row: number }> {
  const placed: Array<{ entry: PngLegendEntry; x: number; row: number }> = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const width = swatch + 6 + measure(entry.label);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row += 1;
    }
    placed.push({ entry, x, row });
    x += width + gap;
  }
  return placed;
}

const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'fill', 'stroke', 'text-anchor', 'dominant-baseline'] as const;

/** A standalone copy of a live SVG: CSS-inherited text styles written onto the elements. */
function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const live = svg.querySelectorAll('text, tspan');
  const copies = clone.querySelectorAll('text, tspan');
  live.forEach((node, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(node);
    for (const prop of TEXT_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value && !copy.getAttribute(prop)) copy.setAttribute(prop, value);
    }
  });
  return new XMLSerializer().serializeToString(clone);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    img.src = url;
  });
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 20;

/** Draws the chart with its title, legend and source on a canvas and returns it as a PNG blob. */
export async function chartPngBlob(input: ChartPngInput): Promise<Blob> {
  const box = input.svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(input.svg.getAttribute('width')) || 600);
  const height = Math.round(box.height || Number(input.svg.getAttribute('height')) || 300);
  const scale = input.scale ?? 2;
  const svgUrl = URL.createObjectURL(new Blob([standaloneSvg(input.svg, width, height)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(svgUrl);
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    const inner = width;
    const total = width + PAD * 2;
    const measureWith = (font: string) => (s: string) => {
      ctx.font = font;
      return ctx.measureText(s).width;
    };
    const titleFont = `700 18px ${FONT}`;
    const subtitleFont = `400 13px ${FONT}`;
    const legendFont = `400 13px ${FONT}`;
    const sourceFont = `400 12px ${FONT}`;
    const titleLines = wrapText(input.title, inner, measureWith(titleFont));
    const subtitleLines = input.subtitle ? wrapText(input.subtitle, inner, measureWith(subtitleFont)) : [];
    const legend = legendRows(input.legend, inner, measureWith(legendFont), 14, 16);
    const legendHeight = legend.length > 0 ? (Math.max(...legend.map((l) => l.row)) + 1) * 20 + 6 : 0;
    const sourceLines = wrapText(input.source, inner, measureWith(sourceFont));
    const headHeight = titleLines.length * 24 + subtitleLines.length * 18 + 8;
    const totalHeight = PAD + headHeight + legendHeight + height + 10 + sourceLines.length * 17 + PAD;

    whiteCanvas(canvas, ctx, total, totalHeight, scale);
    ctx.textBaseline = 'top';
    let y = PAD;
    ctx.fillStyle = '#14212b';
    ctx.font = titleFont;
    for (const line of titleLines) {
      ctx.fillText(line, PAD, y);
      y += 24;
    }
    ctx.fillStyle = '#5b6b78';
    ctx.font = subtitleFont;
    for (const line of subtitleLines) {
      ctx.fillText(line, PAD, y);
      y += 18;
    }
    y += 8;
    ctx.font = legendFont;
    for (const { entry, x, row } of legend) {
      const ly = y + row * 20;
      ctx.strokeStyle = entry.color;
      ctx.fillStyle = entry.color;
      if (entry.shape === 'line') {
        ctx.lineWidth = 3;
        ctx.setLineDash(entry.dash ? entry.dash.split(/\s+/).map(Number) : []);
        ctx.beginPath();
        ctx.moveTo(PAD + x, ly + 8);
        ctx.lineTo(PAD + x + 14, ly + 8);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillRect(PAD + x, ly + 2, 14, 12);
      }
      ctx.fillStyle = '#14212b';
      ctx.fillText(entry.label, PAD + x + 20, ly);
    }
    y += legendHeight;
    ctx.drawImage(image, PAD, y, width, height);
    y += height + 10;
    ctx.fillStyle = '#3a4a56';
    ctx.font = sourceFont;
    for (const line of sourceLines) {
      ctx.fillText(line, PAD, y);
      y += 17;
    }
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}

/** Makes the chart's PNG and hands it to the browser as a download; resolves to the file name. */
export async function downloadChartPng(input: ChartPngInput): Promise<string> {
  const blob = await chartPngBlob(input);
  const name = pngFileName(input.chart, input.date);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
