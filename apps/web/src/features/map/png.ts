import { whiteCanvas, wrapWords } from '../../lib/png-canvas.ts';
import { hatchPixels } from './classes.ts';

export interface PngLegendItem {
  color: string;
  label: string;
  /** Drawn with the no-data hatch. */
  hatch: boolean;
}

export interface PngContent {
  title: string;
  legendTitle: string;
  items: PngLegendItem[];
  /** Smaller lines under the legend: status note, source, attribution. */
  notes: string[];
}

const PAD = 16;
const SWATCH = 14;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The map image with a title above and the legend, source and attribution below, so a PNG
 * pasted into a briefing still says what the colours mean and where the figures come from.
 * `map` is the WebGL canvas (created with preserveDrawingBuffer, or it reads back blank).
 */
export function composeMapImage(map: HTMLCanvasElement, content: PngContent): HTMLCanvasElement {
  const scale = map.clientWidth > 0 ? map.width / map.clientWidth : 1;
  const width = map.width / scale;
  const mapHeight = map.height / scale;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available');

  // Measure first: the canvas height depends on how the legend and notes wrap.
  ctx.font = `12px ${FONT}`;
  const measure = (s: string) => ctx.measureText(s).width;
  const rows: Array<Array<{ item: PngLegendItem; x: number }>> = [[]];
  let x = PAD;
  for (const item of content.items) {
    const w = SWATCH + 6 + measure(item.label) + 18;
    if (x + w > width - PAD && x > PAD) {
      rows.push([]);
      x = PAD;
    }
    rows[rows.length - 1]?.push({ item, x });
    x += w;
  }
  ctx.font = `11px ${FONT}`;
  const notes = content.notes.flatMap((n) => wrapWords(n, width - 2 * PAD, (s) => ctx.measureText(s).width));
  const titleH = 40;
  const legendH = 24 + rows.length * 22;
  const notesH = notes.length * 16 + PAD;
  const height = titleH + mapHeight + legendH + notesH;

  whiteCanvas(out, ctx, width, height, scale);
  ctx.fillStyle = '#14212b';
  ctx.textBaseline = 'middle';
  ctx.font = `600 16px ${FONT}`;
  ctx.fillText(content.title, PAD, titleH / 2);
  ctx.drawImage(map, 0, titleH, width, mapHeight);

  let y = titleH + mapHeight + 14;
  ctx.font = `600 12px ${FONT}`;
  ctx.fillText(content.legendTitle, PAD, y);
  y += 22;
  const hatch = hatchPattern(ctx);
  ctx.font = `12px ${FONT}`;
  for (const row of rows) {
    for (const { item, x: left } of row) {
      ctx.fillStyle = item.hatch && hatch ? hatch : item.color;
      ctx.fillRect(left, y - SWATCH / 2, SWATCH, SWATCH);
      ctx.strokeStyle = '#9fb3c2';
      ctx.strokeRect(left + 0.5, y - SWATCH / 2 + 0.5, SWATCH - 1, SWATCH - 1);
      ctx.fillStyle = '#14212b';
      ctx.fillText(item.label, left + SWATCH + 6, y);
    }
    y += 22;
  }
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#5b6b78';
  for (const line of notes) {
    ctx.fillText(line, PAD, y);
    y += 16;
  }
  return out;
}

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const tctx = tile.getContext('2d');
  if (!tctx) return null;
  tctx.putImageData(new ImageData(hatchPixels(size), size, size), 0, 0);
  return ctx.createPattern(tile, 'repeat');
}

/** Saves a canvas as a PNG file through a temporary object URL. */
export async function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the PNG');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next tick: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
