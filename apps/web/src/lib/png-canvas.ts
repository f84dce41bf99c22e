// Drawing helpers shared by the PNG exports (the map's and the trend charts').

type Measure = (s: string) => number;

/** Greedy word wrap of `text` (any white space, newlines included, separates words) into lines no wider than `maxWidth` as `measure` sees them. */
export function wrapWords(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** As `wrapWords`, but a newline in `text` always starts a new line. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapWords(paragraph, maxWidth, measure));
}

/** Sizes `canvas` for `width`×`height` CSS pixels at `scale` device pixels each, and paints it white. */
export function whiteCanvas(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, width: number, height: number, scale: number): void {
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
}
