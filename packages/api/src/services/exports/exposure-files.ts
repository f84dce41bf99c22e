import { EMPTY_FILTER, exposureHeadline, localityByKey, NOT_RATED, riskLevelInfo, SITE_TYPE_LABELS, stateLabel, zIsoDate } from '@atalaya/domain';
import { inTransaction } from '@atalaya/db';
import type { Context, SessionUser } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { audit } from '../audit.ts';
import { exposurePage, type ExposurePage, type ExposureSite } from '../exposure.ts';
import { CSV_BOM, csvLines, type CsvCell } from './csv.ts';
import { exposureTranslator, type ExposureTranslate } from './exposure-messages.ts';
import { EXPORT_EXTENSION, exportDisposition, type ExportKind } from './filename.ts';
import { EXPORT_LANGS, type ExportLang } from './labels.ts';
import { formatter } from './messages.ts';
import { BOLD, boxed, INK, MARGIN, MUTED, newPdf, pdfBytes, REGULAR, rule, write, type PdfPage } from './pdf-layout.ts';
import { drawChoropleth, drawMapLegend, mapProjection, NO_ITEMS_FILL, type Box } from './pdf-map.ts';
import { pdfSafe } from './pdf-text.ts';

// The exposure page as files: the sites with their levels as CSV, and the page on one sheet of A4.

type Ctx = Pick<Context, 'db' | 'requestId'> & { user: SessionUser };

const levelLabel = (level: number | null, lang: ExportLang) => (level === null ? NOT_RATED[lang] : (riskLevelInfo(level)?.[lang] ?? String(level)));
const levelColor = (level: number | null) => (level === null ? NOT_RATED.color : (riskLevelInfo(level)?.color ?? NOT_RATED.color));
const localityName = (key: string | null) => (key ? (localityByKey(key)?.name ?? key) : '');

export const SITES_CSV_HEADER = [
  'site',
  'type',
  'state',
  'state_name',
  'locality',
  'locality_name',
  'lat',
  'lon',
  'level',
  'level_label',
  'level_from',
  'level_effective_on',
  'level_30_days_before',
  'level_90_days_before',
  'state_items_7_days',
  'state_items_30_days',
  'locality_items_7_days',
  'locality_items_30_days',
  'us_advisory_level',
  'us_advisory_label',
  'us_advisory_as_of',
  'demo_rating',
] as const;

/**
 * The organisation's sites with their levels on the page's date, one row each (the level columns empty for
 * a place never rated), as UTF-8 CSV with a BOM; text a spreadsheet would run as a formula is neutralised.
 */
export function exposureSitesCsv(page: ExposurePage, lang: ExportLang): { text: string; rows: number } {
  const ratings = new Map(page.ratings.map((r) => [r.id, r]));
  const states = new Map(page.states.map((s) => [s.state, s]));
  const rows = page.sites.map((site): CsvCell[] => {
    const rating = site.level ? ratings.get(site.level.ratingId) : undefined;
    const advisory = states.get(site.state)?.advisory ?? null;
    return [
      site.name,
      site.type ? SITE_TYPE_LABELS[site.type][lang] : null,
      site.state,
      stateLabel(site.state),
      site.locality,
      localityName(site.locality) || null,
      site.lat,
      site.lon,
      site.level?.level ?? null,
      levelLabel(site.level?.level ?? null, lang),
      site.level?.from ?? null,
      rating?.effectiveOn ?? null,
      site.before.days30,
      site.before.days90,
      site.items.state.days7,
      site.items.state.days30,
      site.items.locality?.days7 ?? null,
      site.items.locality?.days30 ?? null,
      advisory?.level ?? null,
      advisory?.label ?? null,
      advisory?.asOf ?? null,
      rating ? (rating.demo ? 'yes' : 'no') : null,
    ];
  });
  return { text: CSV_BOM + csvLines([SITES_CSV_HEADER, ...rows]), rows: rows.length };
}

// ---------------------------------------------------------------------------------------------------------------
// One page of A4.

interface Sheet extends PdfPage {
  t: ExposureTranslate;
  lang: ExportLang;
}

const MAP_HEIGHT = 190;
const SITES_FILL = '#c9d6e2';
const ROW = 12;

function sitesMap(p: Sheet, page: ExposurePage) {
  const top = p.doc.y;
  write(p, p.t('mapTitle'), BOLD, 11, INK);
  const box: Box = { x: MARGIN.left, y: p.doc.y + 4, width: p.width * 0.62, height: MAP_HEIGHT };
  const withSites = new Set(page.states.filter((s) => s.sites > 0).map((s) => s.state));
  // Neutral states, shaded where there are sites: the levels are on the sites, which a state of their own colour would hide.
  drawChoropleth(p.doc, box, (iso) => (withSites.has(iso) ? SITES_FILL : NO_ITEMS_FILL));
  const project = mapProjection(box);
  for (const site of page.sites) {
    if (site.lat === null || site.lon === null) continue;
    const [x, y] = project([site.lon, site.lat]);
    // A white ring keeps a site visible on a state of its own colour.
    p.doc.circle(x, y, 5.2).fill('#ffffff');
    p.doc.circle(x, y, 3.8).lineWidth(0.8).fillAndStroke(levelColor(site.level?.level ?? null), INK);
  }
  const legendX = box.x + box.width + 16;
  p.doc.font(BOLD).fontSize(8.5).fillColor(INK).text(pdfSafe(p.t('legend')), legendX, box.y, { width: MARGIN.left + p.width - legendX });
  drawMapLegend(p.doc, { x: legendX, y: p.doc.y + 4 }, [
    ...[5, 4, 3, 2, 1].map((level) => ({ color: levelColor(level), label: `${level} ${levelLabel(level, p.lang)}` })),
    { color: NOT_RATED.color, label: NOT_RATED[p.lang] },
  ]);
  p.doc.y = Math.max(top, box.y + box.height + 10);
}

const COLUMNS = [
  { key: 'site', width: 0.23 },
  { key: 'place', width: 0.16 },
  { key: 'level', width: 0.25 },
  { key: 'days30', width: 0.08 },
  { key: 'days90', width: 0.08 },
  { key: 'items', width: 0.1 },
  { key: 'advisory', width: 0.1 },
] as const;

function siteCells(p: Sheet, site: ExposureSite, page: ExposurePage): string[] {
  const t = p.t;
  const from = site.level ? t(site.level.from === 'locality' ? 'fromLocality' : 'fromState') : '';
  const level = site.level ? `${site.level.level} ${levelLabel(site.level.level, p.lang)} (${from})` : NOT_RATED[p.lang];
  const before = (l: number | null) => (l === null ? t('none') : String(l));
  const advisory = page.states.find((s) => s.state === site.state)?.advisory;
  const place = [localityName(site.locality), stateLabel(site.state)].filter(Boolean).join(', ');
  return [site.name, place, level, before(site.before.days30), before(site.before.days90), `${site.items.state.days7} / ${site.items.state.days30}`, advisory ? `${advisory.level}/${advisory.scaleMax}` : t('none')];
}

function sitesTable(p: Sheet, page: ExposurePage, bottom: number) {
  if (page.sites.length === 0) {
    write(p, p.t('noSites'), REGULAR, 10, MUTED);
    return;
  }
  const xs: number[] = [];
  let x = MARGIN.left;
  for (const c of COLUMNS) {
    xs.push(x);
    x += c.width * p.width;
  }
  // The level's cell leaves room for its swatch.
  const cell = (text: string, i: number, y: number, font: string, { color = INK, lines = 1, swatch = false } = {}) => {
    const indent = swatch ? 11 : 0;
    boxed(p, text, font, 7.5, color, { x: (xs[i] as number) + indent, y, width: (COLUMNS[i] as (typeof COLUMNS)[number]).width * p.width - indent - 4 }, lines);
  };
  let y = p.doc.y;
  // Headings may take two lines in narrow columns.
  COLUMNS.forEach((c, i) => cell(p.t(c.key), i, y, BOLD, { color: MUTED, lines: 2 }));
  y += 2 * ROW;
  // Every row that fits above the note; the CSV has them all.
  const fits = Math.max(0, Math.floor((bottom - y - ROW) / ROW));
  const shown = page.sites.length > fits + 1 ? page.sites.slice(0, fits) : page.sites;
  for (const site of shown) {
    p.doc.rect(xs[2] as number, y, 8, 8).fillAndStroke(levelColor(site.level?.level ?? null), '#9aa5ae');
    siteCells(p, site, page).forEach((text, i) => cell(text, i, y, i === 0 ? BOLD : REGULAR, { swatch: i === 2 }));
    y += ROW;
  }
  if (shown.length < page.sites.length) {
    boxed(p, p.t('more', { n: page.sites.length - shown.length }), REGULAR, 7.5, MUTED, { x: MARGIN.left, y, width: p.width });
    y += ROW;
  }
  p.doc.y = y;
}

/** The exposure page on one sheet: the summary line, the sites on a map by level, the sites' table, the scale. */
export async function renderExposurePdf(page: ExposurePage, options: { lang: ExportLang; generatedAt: Date }): Promise<Uint8Array<ArrayBuffer>> {
  const { lang } = options;
  const t = exposureTranslator(lang);
  const f = formatter(lang);
  const sheet: Sheet = { ...newPdf({ lang, title: `Atalaya – ${t('title', { org: page.org.name })}`, subject: t('asOf', { date: f.day(page.date) }), createdAt: options.generatedAt }), t, lang };
  const { doc } = sheet;
  write(sheet, t('title', { org: page.org.name }), BOLD, 17, INK);
  write(sheet, t('asOf', { date: f.day(page.date) }), REGULAR, 9, MUTED);
  doc.moveDown(0.4);
  write(sheet, exposureHeadline(page.summary, lang), BOLD, 11, INK);
  rule(sheet, 12);
  sitesMap(sheet, page);

  // The note and the footer sit at the foot of the page; the table fills the space above them.
  const demo = page.ratings.some((r) => r.demo);
  const noteText = demo ? `${t('scaleNote')} ${t('demo')}` : t('scaleNote');
  const noteHeight = doc.font(REGULAR).fontSize(7).heightOfString(pdfSafe(noteText), { width: sheet.width });
  const noteTop = doc.page.height - MARGIN.bottom - noteHeight;
  sitesTable(sheet, page, noteTop - 6);
  doc.font(REGULAR).fontSize(7).fillColor(MUTED).text(pdfSafe(noteText), MARGIN.left, noteTop, { width: sheet.width });

  // Below the bottom margin: pdfkit would start a new page for text there unless the margin is lifted.
  const margin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const y = doc.page.height - MARGIN.bottom + 20;
  doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
  doc.text(pdfSafe(t('generated', { time: f.instant(options.generatedAt) })), MARGIN.left, y, { width: sheet.width - 70, lineBreak: false });
  doc.text(pdfSafe(t('page', { n: 1, total: 1 })), MARGIN.left + sheet.width - 70, y, { width: 70, align: 'right', lineBreak: false });
  doc.page.margins.bottom = margin;
  return pdfBytes(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// The download: GET /api/export/exposure.pdf or /api/export/sites.csv ?org=<id>[&lang=en|es][&date=YYYY-MM-DD].

export type OrgExportKind = Extract<ExportKind, 'exposure' | 'sites'>;

export interface OrgExport {
  body: Uint8Array<ArrayBuffer> | string;
  contentType: string;
  disposition: string;
}

/**
 * One organisation's exposure as a file, for a user who may open that organisation's exposure page (others
 * get "not found", as on the page); logged as `export.exposure_pdf` or `export.sites_csv` on the organisation.
 */
export async function orgExport(ctx: Ctx, kind: OrgExportKind, params: URLSearchParams, now = new Date()): Promise<OrgExport> {
  const unknown = [...params.keys()].filter((key) => !['org', 'lang', 'date'].includes(key));
  if (unknown.length) throw badRequest(`Unknown parameter "${unknown[0]?.slice(0, 20)}": use org, lang and date`);
  const org = params.get('org') ?? '';
  if (!/^\d{1,9}$/.test(org) || Number(org) === 0) throw badRequest('Name the organisation: org=<id>');
  const lang = params.get('lang') ?? 'en';
  if (!(EXPORT_LANGS as readonly string[]).includes(lang)) throw badRequest(`Unknown language "${lang.slice(0, 20)}": use en or es`);
  const date = params.get('date') ?? undefined;
  if (date !== undefined && !zIsoDate.safeParse(date).success) throw badRequest(`Invalid date "${date.slice(0, 20)}"`);
  const page = await exposurePage(ctx, { orgId: Number(org), date });
  const exportLang = lang as ExportLang;
  const disposition = exportDisposition(kind, { filter: EMPTY_FILTER, viewName: page.org.name, date: page.date });
  const after = { orgId: page.org.id, date: page.date, lang, rows: page.sites.length };
  await inTransaction(ctx.db, (trx) => audit(trx, ctx, { action: `export.${kind}_${EXPORT_EXTENSION[kind]}`, entity: 'org', entityId: page.org.id, after }));
  if (kind === 'sites') return { body: exposureSitesCsv(page, exportLang).text, contentType: 'text/csv; charset=utf-8', disposition };
  return { body: await renderExposurePdf(page, { lang: exportLang, generatedAt: now }), contentType: 'application/pdf', disposition };
}
