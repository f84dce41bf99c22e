import { drugLabel, NOT_RATED, RISK_SCALE, riskLevelInfo } from '@atalaya/domain';
import type { ItemSummary } from '../items.ts';
import type { BriefingData } from './briefing.ts';
import { describeFilter } from './describe-filter.ts';
import { placeName } from './labels.ts';
import { formatter, sourceLabel, translator, unitLabel, type Format, type Translate } from './messages.ts';
import { drawChart } from './pdf-charts.ts';
import { classColor, countClasses, countLegend, drawChoropleth, drawMapLegend, type Box } from './pdf-map.ts';
import { BOLD, boxed, CARD, heightOf, INK, ITALIC, keepTogether, LINK, MARGIN, MUTED, newPdf, pdfBytes, REGULAR, RULE, rule, write, type PdfPage } from './pdf-layout.ts';
import { markdownParagraphs, pdfSafe } from './pdf-text.ts';

const CHIP_STATE = '#e6eef7';
const CHIP_TOPIC = '#f4ecdc';

/** The document being written, with the reader's wording and formats. */
interface Layout extends PdfPage {
  t: Translate;
  f: Format;
}

function cover(p: Layout, data: BriefingData) {
  write(p, p.t('title'), BOLD, 24, INK);
  if (data.viewName) write(p, data.viewName, BOLD, 15, INK);
  p.doc.moveDown(0.3);
  write(p, describeFilter(data.filter, data.lang), REGULAR, 11, INK);
  write(p, p.t('generated', { time: p.f.instant(data.generatedAt) }), REGULAR, 9, MUTED);
  rule(p, 18);
  write(p, p.t('commentary'), BOLD, 14, INK);
  p.doc.moveDown(0.4);
  const c = data.dashboard.commentary;
  if (!c) {
    write(p, p.t('noCommentary'), ITALIC, 10.5, MUTED);
    return;
  }
  write(p, c.title, BOLD, 12, INK);
  write(p, [p.f.day(c.publishedOn), c.author].filter(Boolean).join(' · '), REGULAR, 9, MUTED);
  p.doc.moveDown(0.6);
  for (const paragraph of markdownParagraphs(c.commentary)) write(p, paragraph, REGULAR, 10.5, INK, { paragraphGap: 7, lineGap: 1.5 });
}

interface Card {
  label: string;
  value: string;
  detail: string;
  source: string;
}

function kpiCards(p: Layout, data: BriefingData): Card[] {
  const { t, f } = p;
  const { kpis } = data.dashboard;
  const source = (s: string) => t('source', { source: sourceLabel(t, s) });
  const previous = (value: number | null, unit = '') => (value === null ? '' : t('previous', { value: `${f.number(value)}${unit}` }));
  const rate = kpis.homicideRate;
  const cards: Card[] = [
    { label: t('items'), value: f.number(kpis.items.value ?? 0), detail: previous(kpis.items.previous), source: source(kpis.items.source) },
    {
      label: t('transfers'),
      value: `${f.number(kpis.prisonerTransfers.value ?? 0)} ${unitLabel(t, kpis.prisonerTransfers.unit)}`,
      detail: previous(kpis.prisonerTransfers.previous),
      source: source(kpis.prisonerTransfers.source),
    },
    {
      label: t('homicideRate', { year: rate.year ?? '' }).trim(),
      value: rate.value === null ? t('noData') : f.number(rate.value),
      detail:
        rate.value === null
          ? t('homicideRateNone')
          : [unitLabel(t, rate.unit), rate.dataStatus ? t(`status_${rate.dataStatus}`) : null, previous(rate.previous) || null].filter(Boolean).join(' · '),
      source: source(rate.source),
    },
  ];
  if (kpis.seizures.length === 0) cards.push({ label: t('seizuresLabel'), value: '—', detail: t('seizuresNone'), source: '' });
  for (const s of kpis.seizures) {
    const unit = unitLabel(t, s.unit);
    cards.push({ label: t('seizures', { drug: drugLabel(s.drug, data.lang) }), value: `${f.number(s.value ?? 0)} ${unit}`, detail: previous(s.previous, ` ${unit}`), source: source(s.source) });
  }
  return cards;
}

function keyFigures(p: Layout, data: BriefingData) {
  p.doc.addPage();
  write(p, p.t('keyFigures'), BOLD, 16, INK);
  if (data.dashboard.kpis.items.previous === null) write(p, p.t('noComparison'), REGULAR, 8.5, MUTED);
  p.doc.moveDown(0.5);
  const gap = 10;
  const w = (p.width - 2 * gap) / 3;
  const h = 80;
  const top = p.doc.y;
  const cards = kpiCards(p, data);
  cards.forEach((card, i) => {
    const x = MARGIN.left + (i % 3) * (w + gap);
    const y = top + Math.floor(i / 3) * (h + gap);
    const at = (dy: number) => ({ x: x + 8, y: y + dy, width: w - 16 });
    p.doc.roundedRect(x, y, w, h, 4).fill(CARD);
    boxed(p, card.label, REGULAR, 8, MUTED, at(7));
    boxed(p, card.value, BOLD, 15, INK, at(19));
    boxed(p, card.detail, REGULAR, 7.5, INK, at(39), 2);
    boxed(p, card.source, REGULAR, 6.5, MUTED, at(60), 2);
  });
  p.doc.y = top + Math.ceil(cards.length / 3) * (h + gap) + 8;
  choropleth(p, data);
}

function choropleth(p: Layout, data: BriefingData) {
  keepTogether(p, 330);
  write(p, p.t('mapTitle'), BOLD, 14, INK);
  write(p, p.t('mapNote'), REGULAR, 8.5, MUTED);
  p.doc.moveDown(0.4);
  const counts = new Map(data.dashboard.counts.byState.map((c) => [c.key, c.count]));
  const classes = countClasses([...counts.values()]);
  const box: Box = { x: MARGIN.left, y: p.doc.y, width: p.width * 0.72, height: 290 };
  drawChoropleth(p.doc, box, (iso) => classColor(classes, counts.get(iso) ?? 0));
  const legendX = box.x + box.width + 14;
  const below = drawMapLegend(p.doc, { x: legendX, y: box.y + 4 }, countLegend(classes, p.t('noItems')));
  const top = data.dashboard.counts.byState.slice(0, 10);
  if (top.length) {
    p.doc.font(BOLD).fontSize(8.5).fillColor(INK).text(pdfSafe(p.t('topStates')), legendX, below + 10, { lineBreak: false });
    top.forEach((c, i) => {
      boxed(p, `${placeName(c.key, data.lang)}  ${p.f.number(c.count)}`, REGULAR, 8, INK, { x: legendX, y: below + 24 + i * 11, width: MARGIN.left + p.width - legendX });
    });
  }
  p.doc.y = box.y + box.height + 10;
}

/** "Level 4 · High" in the reader's language; "Not rated" for null, never level 1. */
function levelName(p: Layout, lang: BriefingData['lang'], level: number | null): string {
  const info = level === null ? undefined : riskLevelInfo(level);
  return info ? p.t('levelName', { n: info.level, label: info[lang] }) : NOT_RATED[lang];
}

/**
 * The firm's risk levels at the end of the period: a map in the scale's colours with its legend,
 * the level changes within the period, then each rated state (or each of the filter's states) with
 * its level, date, author and rationale in the reader's language.
 */
function riskLevels(p: Layout, data: BriefingData) {
  const { lang, levels } = data;
  const day = p.f.day(levels.date);
  p.doc.addPage();
  write(p, p.t('levelsTitle', { date: day }), BOLD, 16, INK);
  write(p, p.t(data.filter.to ? 'levelsNote' : 'levelsNoteToday', { date: day }), REGULAR, 8.5, MUTED);
  p.doc.moveDown(0.4);

  const byState = new Map(levels.states.map((s) => [s.state, s.rating]));
  const box: Box = { x: MARGIN.left, y: p.doc.y, width: p.width * 0.72, height: 270 };
  drawChoropleth(p.doc, box, (iso) => riskLevelInfo(byState.get(iso)?.level ?? 0)?.color ?? NOT_RATED.color);
  const count = (level: number | null) => levels.states.filter((s) => (s.rating?.level ?? null) === level).length;
  drawMapLegend(p.doc, { x: box.x + box.width + 14, y: box.y + 4 }, [
    ...[...RISK_SCALE].reverse().map((step) => ({ color: step.color, label: `${step.level} · ${step[lang]} (${count(step.level)})` })),
    { color: NOT_RATED.color, label: `${NOT_RATED[lang]} (${count(null)})` },
  ]);
  p.doc.y = box.y + box.height + 10;

  if (data.filter.from) {
    keepTogether(p, 60);
    write(p, p.t('levelChanges'), BOLD, 12, INK);
    p.doc.moveDown(0.2);
    if (levels.changes.length === 0) write(p, p.t('levelChangesNone'), ITALIC, 9.5, MUTED);
    for (const c of levels.changes) {
      const line = p.t('levelChange', { date: p.f.day(c.effectiveOn), state: placeName(c.scope, lang), from: levelName(p, lang, c.from), to: levelName(p, lang, c.to) });
      write(p, c.rating.demo ? `${line} (${p.t('demo')})` : line, REGULAR, 9.5, INK);
    }
    p.doc.moveDown(0.5);
  }

  // The filter's own states, rated or not; else every rated state, highest level first.
  const selected: string[] = data.filter.states.filter((code) => byState.has(code));
  const rows = (selected.length ? selected.map((state) => ({ state, rating: byState.get(state) ?? null })) : levels.states.filter((s) => s.rating !== null)).sort(
    (a, b) => (b.rating?.level ?? 0) - (a.rating?.level ?? 0) || placeName(a.state, lang).localeCompare(placeName(b.state, lang), 'es'),
  );
  keepTogether(p, 60);
  write(p, p.t(selected.length ? 'levelsSelected' : 'levelsRated'), BOLD, 12, INK);
  p.doc.moveDown(0.3);
  if (rows.length === 0) write(p, p.t('levelsNone', { date: day }), ITALIC, 9.5, MUTED);
  for (const { state, rating } of rows) stateLevelBlock(p, data, state, rating);
  const unrated = levels.states.filter((s) => s.rating === null && !selected.includes(s.state));
  if (unrated.length > 0) {
    p.doc.moveDown(0.3);
    write(p, p.t('notRatedList', { n: unrated.length, list: unrated.map((s) => placeName(s.state, lang)).join(', ') }), REGULAR, 8.5, MUTED);
  }
}

function stateLevelBlock(p: Layout, data: BriefingData, state: string, rating: BriefingData['levels']['states'][number]['rating']) {
  const { lang } = data;
  const title = `${placeName(state, lang)} · ${levelName(p, lang, rating?.level ?? null)}`;
  const meta = rating
    ? [p.t('levelSince', { date: p.f.day(rating.effectiveOn) }), rating.author ? p.t('levelBy', { author: rating.author }) : null, rating.demo ? p.t('demo') : null].filter(Boolean).join(' · ')
    : '';
  const rationale = rating ? (lang === 'es' && rating.rationaleEs ? rating.rationaleEs : rating.rationaleEn) : '';
  const missing = rating !== null && lang === 'es' && !rating.rationaleEs;
  keepTogether(p, Math.min(heightOf(p, title, BOLD, 11) + heightOf(p, rationale, REGULAR, 9.5) + 30, 200));
  const top = p.doc.y;
  const color = riskLevelInfo(rating?.level ?? 0)?.color ?? NOT_RATED.color;
  p.doc.rect(MARGIN.left, top + 1, 10, 10).fillAndStroke(color, '#9aa5ae');
  p.doc.font(BOLD).fontSize(11).fillColor(INK).text(pdfSafe(title), MARGIN.left + 16, top, { width: p.width - 16 });
  if (meta) write(p, meta, REGULAR, 8.5, MUTED);
  if (rationale) write(p, rationale, REGULAR, 9.5, INK, { lineGap: 1 });
  if (missing) write(p, p.t('spanishMissing'), ITALIC, 8.5, MUTED);
  rule(p, 10);
}

function trends(p: Layout, data: BriefingData) {
  p.doc.addPage();
  write(p, p.t('trends'), BOLD, 16, INK);
  p.doc.moveDown(0.5);
  const height = 215;
  for (const chart of data.charts) {
    keepTogether(p, height);
    const y = p.doc.y;
    drawChart(p.doc, { x: MARGIN.left, y, width: p.width, height }, chart, p.f, p.t);
    p.doc.y = y + height + 14;
  }
}

/** Small rounded labels, wrapped onto as many lines as they need; returns the height used. */
function chips(p: Layout, labels: Array<{ text: string; color: string }>, dryRun = false): number {
  if (labels.length === 0) return 0;
  const size = 7.5;
  const pad = 4;
  const lineHeight = size + 2 * pad;
  const top = p.doc.y;
  let x = MARGIN.left;
  let y = top;
  p.doc.font(REGULAR).fontSize(size);
  for (const label of labels) {
    const s = pdfSafe(label.text);
    const w = p.doc.widthOfString(s) + 2 * pad;
    if (x + w > MARGIN.left + p.width && x > MARGIN.left) {
      x = MARGIN.left;
      y += lineHeight + 3;
    }
    if (!dryRun) {
      p.doc.roundedRect(x, y, w, lineHeight, 3).fill(label.color);
      p.doc.fillColor(INK).text(s, x + pad, y + pad + 0.5, { lineBreak: false });
    }
    x += w + 4;
  }
  const height = y - top + lineHeight;
  if (!dryRun) p.doc.y = top + height;
  return height;
}

function itemChips(item: ItemSummary, data: BriefingData) {
  return [
    ...item.places.map((code) => ({ text: placeName(code, data.lang), color: CHIP_STATE })),
    ...item.topics.map((topic) => ({ text: topic.label[data.lang], color: CHIP_TOPIC })),
  ];
}

function citation(p: Layout, item: ItemSummary): string {
  return [p.f.day(item.date), item.outlet, item.articleAuthor].filter(Boolean).join(' · ');
}

function itemBlock(p: Layout, item: ItemSummary, data: BriefingData) {
  const labels = itemChips(item, data);
  const height =
    heightOf(p, item.headline, BOLD, 11) +
    heightOf(p, citation(p, item), REGULAR, 8.5) +
    (item.originalTitle ? heightOf(p, item.originalTitle, ITALIC, 8.5) : 0) +
    heightOf(p, item.summary, REGULAR, 9.5) +
    (item.url ? heightOf(p, item.url, REGULAR, 7.5) : 0) +
    chips(p, labels, true) +
    24;
  // Short items never split across pages; a very long one starts on a fresh page and flows on.
  keepTogether(p, Math.min(height, 260));
  write(p, item.headline, BOLD, 11, INK);
  write(p, citation(p, item), REGULAR, 8.5, MUTED);
  if (item.originalTitle) write(p, item.originalTitle, ITALIC, 8.5, MUTED);
  p.doc.moveDown(0.25);
  write(p, item.summary, REGULAR, 9.5, INK, { lineGap: 1 });
  if (item.url) write(p, item.url, REGULAR, 7.5, LINK, { link: item.url, ellipsis: true, height: 10 });
  p.doc.moveDown(0.3);
  keepTogether(p, 16);
  chips(p, labels);
  rule(p, 12);
}

function itemList(p: Layout, data: BriefingData) {
  p.doc.addPage();
  write(p, p.t('itemsHeading', { count: p.f.number(data.totalItems) }), BOLD, 16, INK);
  if (data.items.length < data.totalItems) write(p, p.t('itemsCapped', { shown: p.f.number(data.items.length), total: p.f.number(data.totalItems) }), ITALIC, 9.5, MUTED);
  if (data.items.length === 0) write(p, p.t('itemsNone'), ITALIC, 10, MUTED);
  rule(p, 12);
  for (const item of data.items) itemBlock(p, item, data);
}

/** Every page's footer: the filter in words, the generation time (UTC) and the page number. */
function footers(p: Layout, data: BriefingData) {
  const filterWords = pdfSafe(describeFilter(data.filter, data.lang, data.viewName));
  const generated = pdfSafe(p.t('generated', { time: p.f.instant(data.generatedAt) }));
  const range = p.doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    p.doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page.
    const bottom = p.doc.page.margins.bottom;
    p.doc.page.margins.bottom = 0;
    const y = p.doc.page.height - MARGIN.bottom + 20;
    p.doc.moveTo(MARGIN.left, y - 6).lineTo(MARGIN.left + p.width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    p.doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
    p.doc.text(filterWords, MARGIN.left, y, { width: p.width - 70, height: 20, ellipsis: true });
    p.doc.text(generated, MARGIN.left, y + 20, { width: p.width - 70, lineBreak: false });
    p.doc.text(pdfSafe(p.t('page', { n: i - range.start + 1, total: range.count })), MARGIN.left + p.width - 70, y, { width: 70, align: 'right', lineBreak: false });
    p.doc.page.margins.bottom = bottom;
  }
}

/** The briefing pack as a PDF: cover with the latest commentary, key figures and map, risk levels, trends, items. */
export async function renderBriefingPdf(data: BriefingData): Promise<Uint8Array<ArrayBuffer>> {
  const page = newPdf({
    lang: data.lang,
    title: data.viewName ? `Atalaya – ${data.viewName}` : 'Atalaya briefing',
    subject: describeFilter(data.filter, data.lang),
    createdAt: data.generatedAt,
  });
  const layout: Layout = { ...page, t: translator(data.lang), f: formatter(data.lang) };
  cover(layout, data);
  keyFigures(layout, data);
  riskLevels(layout, data);
  trends(layout, data);
  itemList(layout, data);
  footers(layout, data);
  return pdfBytes(page.doc);
}
