import type { BriefingChart, ChartLine } from './briefing.ts';
import { unitLabel, type Format, type Translate } from './messages.ts';
import type { Box } from './pdf-map.ts';
import { pdfSafe } from './pdf-text.ts';

const INK = '#14212b';
const MUTED = '#5b6b78';
const AXIS = '#3a4a56';
const GRID = '#d9e1e7';
/** Okabe–Ito: colour-blind safe; national (the first line of a chart) is black. */
const COLORS = ['#000000', '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const BAR_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

const DAY_MS = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A round step for about `count` intervals up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

/** One line of text (cut with an ellipsis when a width is given and it does not fit). */
function text(doc: PDFKit.PDFDocument, s: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}) {
  doc.text(pdfSafe(s), x, y, { ...(options.width ? { height: doc.currentLineHeight(true) + 1, ellipsis: true } : { lineBreak: false }), ...options });
}

function yAxis(doc: PDFKit.PDFDocument, plot: Box, max: number, f: Format): (v: number) => number {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => plot.y + plot.height - (v / top) * plot.height;
  doc.font('Helvetica').fontSize(7).lineWidth(0.5);
  for (let v = 0; v <= top + step / 2; v += step) {
    doc.moveTo(plot.x, y(v)).lineTo(plot.x + plot.width, y(v)).strokeColor(GRID).stroke();
    doc.fillColor(AXIS);
    text(doc, f.compact(v), plot.x - 40, y(v) - 3, { width: 36, align: 'right' });
  }
  return y;
}

function drawLines(doc: PDFKit.PDFDocument, plot: Box, chart: BriefingChart, f: Format) {
  const all = chart.lines.flatMap((l) => l.points);
  const lo = Math.min(...all.map((p) => dayMs(p.start)));
  const hi = Math.max(...all.map((p) => dayMs(p.start)), lo + DAY_MS);
  const y = yAxis(doc, plot, Math.max(...all.map((p) => p.value)), f);
  const x = (iso: string) => plot.x + ((dayMs(iso) - lo) / (hi - lo)) * plot.width;
  // Time axis: five dates spread over the range.
  doc.fillColor(AXIS).fontSize(7);
  for (let i = 0; i <= 4; i++) {
    const at = new Date(lo + ((hi - lo) * i) / 4).toISOString().slice(0, 10);
    text(doc, chart.kind === 'step' ? f.day(at) : f.month(at), x(at) - 30, plot.y + plot.height + 4, { width: 60, align: 'center' });
  }
  chart.lines.forEach((line, i) => {
    const color = COLORS[i % COLORS.length] as string;
    doc.lineWidth(i === 0 ? 1.6 : 1.1).strokeColor(color);
    line.points.forEach((p, j) => {
      const prev = line.points[j - 1];
      if (!prev) doc.moveTo(x(p.start), y(p.value));
      else if (chart.kind === 'step') doc.lineTo(x(p.start), y(prev.value)).lineTo(x(p.start), y(p.value));
      // A gap of more than about a month and a half is missing data: the line breaks rather than bridging it.
      else if (dayMs(p.start) - dayMs(prev.start) > 45 * DAY_MS) doc.moveTo(x(p.start), y(p.value));
      else doc.lineTo(x(p.start), y(p.value));
    });
    doc.stroke();
    for (const p of line.points) doc.circle(x(p.start), y(p.value), 1.4).fill(color);
  });
}

function drawBars(doc: PDFKit.PDFDocument, plot: Box, chart: BriefingChart, f: Format) {
  const periods = [...new Map(chart.lines.flatMap((l) => l.points).map((p) => [`${p.start}_${p.end}`, p])).values()].sort((a, b) =>
    a.start === b.start ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : 1,
  );
  const y = yAxis(doc, plot, Math.max(...chart.lines.flatMap((l) => l.points.map((p) => p.value))), f);
  const groupWidth = plot.width / periods.length;
  const barWidth = Math.min(18, (groupWidth * 0.8) / chart.lines.length);
  periods.forEach((period, g) => {
    const left = plot.x + g * groupWidth + (groupWidth - barWidth * chart.lines.length) / 2;
    chart.lines.forEach((line, i) => {
      const p = line.points.find((q) => q.start === period.start && q.end === period.end);
      if (p) doc.rect(left + i * barWidth, y(p.value), barWidth - 1, plot.y + plot.height - y(p.value)).fill(BAR_COLORS[i % BAR_COLORS.length] as string);
    });
    const label = period.start.slice(0, 7) === period.end.slice(0, 7) ? f.month(period.start) : `${f.month(period.start)} – ${f.month(period.end)}`;
    doc.fillColor(AXIS).fontSize(6.5);
    text(doc, label, plot.x + g * groupWidth, plot.y + plot.height + 4, { width: groupWidth, align: 'center', height: 16 });
  });
}

function legend(doc: PDFKit.PDFDocument, lines: readonly ChartLine[], kind: BriefingChart['kind'], at: { x: number; y: number; width: number }) {
  let x = at.x;
  let y = at.y;
  doc.font('Helvetica').fontSize(7.5);
  lines.forEach((line, i) => {
    const label = pdfSafe(line.label);
    const width = 16 + doc.widthOfString(label) + 12;
    if (x + width > at.x + at.width) {
      x = at.x;
      y += 11;
    }
    const color = (kind === 'bars' ? BAR_COLORS : COLORS)[i % COLORS.length] as string;
    if (kind === 'bars') doc.rect(x, y + 1, 9, 7).fill(color);
    else doc.lineWidth(1.6).moveTo(x, y + 4.5).lineTo(x + 11, y + 4.5).strokeColor(color).stroke();
    doc.fillColor(INK);
    text(doc, label, x + 14, y);
    x += width;
  });
}

/** One trend chart in a box: title, what it shows, the plot with its axes, the legend and the source. */
export function drawChart(doc: PDFKit.PDFDocument, box: Box, chart: BriefingChart, f: Format, t: Translate): void {
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK);
  text(doc, `${chart.title} (${unitLabel(t, chart.unit)})`, box.x, box.y, { width: box.width });
  doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
  text(doc, chart.note, box.x, box.y + 14, { width: box.width });
  const sources = t(chart.sources.length > 1 ? 'sources' : 'source', { source: chart.sources[0]?.label ?? '', sources: chart.sources.map((s) => s.label).join('; ') });
  const plot: Box = { x: box.x + 44, y: box.y + 32, width: box.width - 52, height: box.height - 84 };
  if (chart.lines.length === 0) {
    doc.rect(plot.x, plot.y, plot.width, plot.height).lineWidth(0.5).strokeColor(GRID).stroke();
    doc.fontSize(9).fillColor(MUTED);
    text(doc, t('trendNone'), plot.x, plot.y + plot.height / 2 - 5, { width: plot.width, align: 'center' });
  } else {
    if (chart.kind === 'bars') drawBars(doc, plot, chart, f);
    else drawLines(doc, plot, chart, f);
    doc.moveTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).lineWidth(0.8).strokeColor(AXIS).stroke();
    legend(doc, chart.lines, chart.kind, { x: plot.x, y: plot.y + plot.height + 22, width: plot.width });
  }
  const url = chart.sources.find((s) => s.url)?.url;
  doc.font('Helvetica').fontSize(7).fillColor(MUTED);
  text(doc, sources, box.x, box.y + box.height - 10, { width: box.width, ...(url ? { link: url } : {}) });
}
