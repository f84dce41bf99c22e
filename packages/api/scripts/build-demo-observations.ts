/**
 * Builds src/demo/observations.ts from the public statistics in
 * /work/shared/data (../../../shared/data relative to packages/api).
 *
 *   cd packages/api && npx tsx scripts/build-demo-observations.ts
 *
 * The output is committed: the app never reads ../shared at runtime.
 * Rows without a value, with an ambiguous unit, or that only repeat another
 * row are skipped and listed on stdout; nothing is estimated or filled in.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { DemoObservation } from '../src/demo/types.ts';

type Row = Record<string, string | undefined>;
type Confidence = DemoObservation['confidence'];

const here = dirname(fileURLToPath(import.meta.url));
const DATA_DIR = join(here, '..', '..', '..', '..', 'shared', 'data');
const OUT_FILE = join(here, '..', 'src', 'demo', 'observations.ts');

const INEGI_TO_ISO: Record<string, string> = {
  '00': 'MX',
  '01': 'MX-AGU',
  '02': 'MX-BCN',
  '03': 'MX-BCS',
  '04': 'MX-CAM',
  '05': 'MX-COA',
  '06': 'MX-COL',
  '07': 'MX-CHP',
  '08': 'MX-CHH',
  '09': 'MX-CMX',
  '10': 'MX-DUR',
  '11': 'MX-GUA',
  '12': 'MX-GRO',
  '13': 'MX-HID',
  '14': 'MX-JAL',
  '15': 'MX-MEX',
  '16': 'MX-MIC',
  '17': 'MX-MOR',
  '18': 'MX-NAY',
  '19': 'MX-NLE',
  '20': 'MX-OAX',
  '21': 'MX-PUE',
  '22': 'MX-QUE',
  '23': 'MX-ROO',
  '24': 'MX-SLP',
  '25': 'MX-SIN',
  '26': 'MX-SON',
  '27': 'MX-TAB',
  '28': 'MX-TAM',
  '29': 'MX-TLA',
  '30': 'MX-VER',
  '31': 'MX-YUC',
  '32': 'MX-ZAC',
};

const skipped: string[] = [];
function skip(file: string, row: Row, why: string): void {
  const label = [row.cve_ent, row.entidad, row.country, row.agency_or_scope, row.period ?? row.year ?? row.period_start, row.metric ?? row.drug]
    .filter(Boolean)
    .join(' / ');
  skipped.push(`${file}: ${label} — ${why}`);
}

function readCsv(file: string): Row[] {
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${file}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  return parsed.data;
}

function field(row: Row, name: string): string {
  return (row[name] ?? '').trim();
}

function isoOf(cve: string): string {
  const iso = INEGI_TO_ISO[cve.padStart(2, '0')];
  if (!iso) throw new Error(`unknown INEGI state code ${cve}`);
  return iso;
}

function num(raw: string): number | null {
  if (raw === '') return null;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** First URL of a ' ; '-separated list. */
function firstUrl(raw: string): string {
  return raw.split(';')[0]?.trim() ?? '';
}

/** Outlet host of a URL, without 'www.' or 'mail.'. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^(www|mail|amp)\./, '');
}

function via(publisher: string, url: string): string {
  return `${publisher} via ${hostOf(url)}`;
}

function confidenceOf(raw: string): Confidence {
  const c = raw.toLowerCase();
  if (c === 'high' || c === 'medium' || c === 'low') return c;
  throw new Error(`unexpected confidence "${raw}"`);
}

function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** '2024' → whole year, '2024-06' → that month, 'A..B' → start of A to end of B. */
function periodOf(raw: string): { periodStart: string; periodEnd: string } {
  const [from, to = from] = raw.split('..').map((s) => s.trim()) as [string, string?];
  return { periodStart: startOf(from), periodEnd: endOf(to) };
}

function startOf(p: string): string {
  if (/^\d{4}$/.test(p)) return `${p}-01-01`;
  if (/^\d{4}-\d{2}$/.test(p)) return `${p}-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  throw new Error(`unparseable period "${p}"`);
}

function endOf(p: string): string {
  if (/^\d{4}$/.test(p)) return `${p}-12-31`;
  if (/^\d{4}-\d{2}$/.test(p)) return lastDayOfMonth(Number(p.slice(0, 4)), Number(p.slice(5, 7)));
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  throw new Error(`unparseable period "${p}"`);
}

const out: DemoObservation[] = [];
const seen = new Map<string, number>();

function keyOf(o: DemoObservation): string {
  return [o.series, o.place, o.periodStart, o.periodEnd, o.dimension ?? '', o.dataStatus ?? ''].join('|');
}

function add(o: DemoObservation, file: string, row: Row): void {
  if (!Number.isFinite(o.value)) throw new Error(`${file}: non-numeric value for ${o.series} ${o.place}`);
  const key = keyOf(o);
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    skip(
      file,
      row,
      earlier === o.value
        ? `duplicate of an earlier ${o.series} row (same place, period, status and value)`
        : `CONFLICT: ${o.value} vs ${earlier} already kept for the same ${o.series} place, period and status`,
    );
    return;
  }
  seen.set(key, o.value);
  out.push(ordered(o));
}

/** Same fields in a fixed order, so the generated file reads row by row. */
function ordered(o: DemoObservation): DemoObservation {
  const r: DemoObservation = {
    series: o.series,
    place: o.place,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    value: o.value,
    unit: o.unit,
    confidence: o.confidence,
    sourceUrl: o.sourceUrl,
    sourceLabel: o.sourceLabel,
  };
  if (o.dimension) r.dimension = o.dimension;
  if (o.dataStatus) r.dataStatus = o.dataStatus;
  if (o.note) r.note = o.note;
  return r;
}

// ── INEGI 2024 state rates ────────────────────────────────────────────────
{
  const file = 'state_homicide_rate_2024.csv';
  for (const row of readCsv(file)) {
    const value = num(field(row, 'best_rate_per_100k'));
    if (value === null) {
      skip(file, row, 'no value in stored sources (shown as "no data")');
      continue;
    }
    const status = field(row, 'status').toLowerCase();
    const url = firstUrl(field(row, 'rate_source_url'));
    let dataStatus: 'preliminary' | 'definitive';
    let note: string | undefined;
    if (status.startsWith('derived')) {
      dataStatus = status.includes('definitive count') ? 'definitive' : 'preliminary';
      note = `Derived: INEGI ${dataStatus} homicide count ÷ 2024 population (${field(row, 'population_2024_denominator')}); not an INEGI-published rate.`;
    } else if (status.includes('prelim')) {
      dataStatus = 'preliminary';
      note = 'Rounded as published in press coverage of the INEGI release.';
    } else {
      throw new Error(`${file}: unexpected status "${status}"`);
    }
    add(
      {
        series: 'homicide_rate_inegi',
        place: isoOf(field(row, 'cve_ent')),
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        value,
        unit: 'per 100k',
        dataStatus,
        confidence: confidenceOf(field(row, 'confidence')),
        sourceUrl: url,
        sourceLabel: via('INEGI', url),
        note,
      },
      file,
      row,
    );
  }
}

// ── INEGI state figures, all years (long format) ─────────────────────────
{
  const file = 'state_homicides_inegi_long.csv';
  for (const row of readCsv(file)) {
    const metric = field(row, 'metric');
    const series =
      metric === 'inegi_rate_per_100k' ? 'homicide_rate_inegi' : metric === 'inegi_homicides' ? 'homicides_inegi' : null;
    if (series === null) {
      skip(file, row, `unknown metric "${metric}"`);
      continue;
    }
    const value = num(field(row, 'value'));
    if (value === null) {
      skip(file, row, 'no value');
      continue;
    }
    const rawStatus = field(row, 'data_status').toLowerCase();
    const dataStatus = rawStatus.startsWith('definitive') ? 'definitive' : rawStatus.startsWith('preliminary') ? 'preliminary' : null;
    if (dataStatus === null) throw new Error(`${file}: unexpected data_status "${rawStatus}"`);
    const notes: string[] = [];
    if (rawStatus.includes('probable')) notes.push('Release not stated by the source; probably the preliminary one.');
    if (rawStatus.includes('as cited')) notes.push('Definitive value as quoted in the following year’s release.');
    const csvNote = field(row, 'notes');
    if (/doubtful|suspect|conflict/i.test(csvNote)) notes.push('Doubtful: the source’s ranking may have attached this rate to the wrong state.');
    const year = field(row, 'year');
    const url = firstUrl(field(row, 'source_url'));
    add(
      {
        series,
        place: isoOf(field(row, 'cve_ent')),
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        value,
        unit: series === 'homicide_rate_inegi' ? 'per 100k' : 'homicides',
        dataStatus,
        confidence: confidenceOf(field(row, 'confidence')),
        sourceUrl: url,
        sourceLabel: via('INEGI', url),
        note: notes.join(' ') || undefined,
      },
      file,
      row,
    );
  }
}

// ── INEGI national totals and rates ───────────────────────────────────────
{
  const file = 'national_homicides_inegi.csv';
  for (const row of readCsv(file)) {
    const year = field(row, 'year');
    const dataStatus = field(row, 'data_status') === 'definitive' ? 'definitive' : 'preliminary';
    const url = firstUrl(field(row, 'source_url'));
    const base = {
      place: 'MX',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      dataStatus,
      confidence: confidenceOf(field(row, 'confidence')),
      sourceUrl: url,
      sourceLabel: via('INEGI', url),
    } as const;
    const homicides = num(field(row, 'homicides'));
    if (homicides !== null) add({ ...base, series: 'homicides_inegi', value: homicides, unit: 'homicides' }, file, row);
    const rate = num(field(row, 'rate_per_100k'));
    if (rate !== null) add({ ...base, series: 'homicide_rate_inegi', value: rate, unit: 'per 100k' }, file, row);
  }
}

// ── Mexico Peace Index (SESNSP-based) ────────────────────────────────────
{
  const file = 'state_homicide_rate_mpi_2024.csv';
  for (const row of readCsv(file)) {
    const publisher = field(row, 'publisher');
    if (!/MPI|Peace Index/i.test(publisher)) {
      skip(file, row, 'not a Mexico Peace Index figure (rolling 12-month rate from a secondary aggregator)');
      continue;
    }
    const value = num(field(row, 'rate_per_100k'));
    if (value === null) {
      skip(file, row, 'no value');
      continue;
    }
    const url = firstUrl(field(row, 'source_url'));
    add(
      {
        series: 'homicide_rate_mpi',
        place: isoOf(field(row, 'cve_ent')),
        ...periodOf(field(row, 'period')),
        value,
        unit: 'per 100k',
        confidence: confidenceOf(field(row, 'confidence')),
        sourceUrl: url,
        sourceLabel: via('IEP Mexico Peace Index 2025', url),
        note: 'SESNSP victims of homicidio doloso and feminicidio per 100k.',
      },
      file,
      row,
    );
  }
}

// ── SESNSP victims: totals, months, daily averages ───────────────────────
{
  const file = 'sesnsp_homicide_victims_figures.csv';
  for (const row of readCsv(file)) {
    const metric = field(row, 'metric');
    const unit = field(row, 'unit');
    if (unit !== 'victims' && unit !== 'victims/day') {
      skip(file, row, `unit "${unit}" is ambiguous or a newsletter figure`);
      continue;
    }
    let series: string;
    if (metric === 'victims_daily_average') series = 'homicide_victims_daily_sesnsp';
    else if (metric === 'victims_homicidio_doloso_total' || metric === 'victims_homicidio_doloso_month') series = 'homicide_victims_sesnsp';
    else {
      skip(file, row, `unknown metric "${metric}"`);
      continue;
    }
    const value = num(field(row, 'value'));
    if (value === null) {
      skip(file, row, 'no value');
      continue;
    }
    const confidence = confidenceOf(field(row, 'confidence'));
    const csvNote = field(row, 'notes');
    let note: string | undefined;
    if (/typo/i.test(csvNote)) note = 'Suspect typo in the source: the ranking it appears in implies a higher figure.';
    else if (/conflict/i.test(csvNote)) note = 'Sources disagree on this state’s totals; see other Zacatecas rows.';
    else if (/baseline/i.test(csvNote)) note = 'Baseline month SESNSP uses for the current administration.';
    else if (/preliminary/i.test(csvNote)) note = 'Preliminary.';
    const url = firstUrl(field(row, 'source_url'));
    add(
      {
        series,
        place: isoOf(field(row, 'cve_ent')),
        ...periodOf(field(row, 'period')),
        value,
        unit,
        confidence,
        sourceUrl: url,
        sourceLabel: via('SESNSP', url),
        note,
      },
      file,
      row,
    );
  }
}

// ── SESNSP homicide case files, monthly, third-party compilation ─────────
{
  const file = readdirSync(DATA_DIR).find((f) => f.startsWith('sesnsp_homicide_case_files_monthly_') && f.endsWith('.csv'));
  if (!file) throw new Error('case-file CSV not found');
  const national = new Map<string, { sum: number; states: number; reconciled: number; url: string }>();
  for (const row of readCsv(file)) {
    const value = num(field(row, 'homicidio_doloso_carpetas'));
    if (value === null) {
      skip(file, row, 'no value');
      continue;
    }
    const month = field(row, 'month');
    const reconciles = field(row, 'total_reconciles').toLowerCase() === 'yes';
    const url = field(row, 'source_url');
    add(
      {
        series: 'homicide_case_files_sesnsp',
        place: isoOf(field(row, 'cve_ent')),
        ...periodOf(month),
        value,
        unit: 'case files',
        confidence: reconciles ? 'medium' : 'low',
        sourceUrl: url,
        sourceLabel: 'Third-party compilation of SESNSP data',
        note: reconciles ? undefined : 'The compilation’s row total does not reconcile with its parts.',
      },
      file,
      row,
    );
    const acc = national.get(month) ?? { sum: 0, states: 0, reconciled: 0, url };
    acc.sum += value;
    acc.states += 1;
    if (reconciles) acc.reconciled += 1;
    national.set(month, acc);
  }
  for (const [month, acc] of [...national].sort(([a], [b]) => a.localeCompare(b))) {
    if (acc.states !== 32) throw new Error(`${file}: ${month} has ${acc.states} states, expected 32`);
    add(
      {
        series: 'homicide_case_files_sesnsp',
        place: 'MX',
        ...periodOf(month),
        value: acc.sum,
        unit: 'case files',
        confidence: acc.reconciled === 32 ? 'medium' : 'low',
        sourceUrl: acc.url,
        sourceLabel: 'Third-party compilation of SESNSP data',
        note: `Sum of the 32 states; ${acc.reconciled} of 32 state rows reconcile.`,
      },
      file,
      { month },
    );
  }
}

// ── Mexico → US prisoner transfers ────────────────────────────────────────
{
  const file = 'prisoner_transfers_mx_to_us.csv';
  for (const row of readCsv(file)) {
    const value = num(field(row, 'count'));
    if (value === null) {
      skip(file, row, 'no count');
      continue;
    }
    const date = field(row, 'date');
    const url = firstUrl(field(row, 'source_url'));
    add(
      {
        series: 'prisoner_transfers',
        place: 'MX',
        periodStart: date,
        periodEnd: date,
        value,
        unit: 'people',
        confidence: confidenceOf(field(row, 'confidence')),
        sourceUrl: url,
        sourceLabel: via('Gabinete de Seguridad', url),
        note: `Transfer no. ${field(row, 'transfer_no')} under the National Security Law; ${field(row, 'cumulative')} in all so far.`,
      },
      file,
      row,
    );
  }
}

// ── Drug seizures ─────────────────────────────────────────────────────────
{
  const file = 'drug_seizures.csv';
  for (const row of readCsv(file)) {
    const country = field(row, 'country');
    const scope = field(row, 'agency_or_scope');
    const drug = field(row, 'drug');
    const unit = field(row, 'unit');
    const periodStart = field(row, 'period_start');
    const periodEnd = field(row, 'period_end');
    const value = num(field(row, 'value'));
    const url = firstUrl(field(row, 'source_url'));
    const confidence = confidenceOf(field(row, 'confidence'));
    if (value === null) {
      skip(file, row, 'no value');
      continue;
    }
    if (unit.includes('%')) {
      skip(file, row, 'percentage change, not a quantity');
      continue;
    }
    if (/single operation/i.test(scope)) {
      skip(file, row, 'unit inconsistent (kilograms of pills, estimate revised by the source)');
      continue;
    }
    const years = Number(periodEnd.slice(0, 4)) - Number(periodStart.slice(0, 4));
    if (years > 1) {
      skip(file, row, 'cumulative multi-year total overlapping the annual rows');
      continue;
    }
    const base = { periodStart, periodEnd, value, confidence, sourceUrl: url };
    if (country === 'US') {
      if (unit !== 'lb' || drug !== 'fentanyl') {
        skip(file, row, `unexpected US row (${drug}, ${unit})`);
        continue;
      }
      const scopeNote = /southwest/i.test(scope) ? 'Southwest border only.' : /all borders/i.test(scope) ? 'All borders.' : 'CBP, scope not stated by the source.';
      add(
        {
          ...base,
          series: 'fentanyl_seizures_cbp_lb',
          place: 'US',
          unit: 'lb',
          sourceLabel: via('CBP', url),
          note: scopeNote,
        },
        file,
        row,
      );
      continue;
    }
    if (unit === 'pills') {
      add(
        {
          ...base,
          series: 'fentanyl_pills_seized',
          place: 'MX',
          unit: 'pills',
          sourceLabel: via('Gabinete de Seguridad', url),
          note: /newsletter|39 days/i.test(field(row, 'notes')) ? 'Figure for 39 days of operations, as quoted by a newsletter citing Milenio.' : 'Whole security cabinet since October 2024.',
        },
        file,
        row,
      );
      continue;
    }
    if (unit !== 'kg') {
      skip(file, row, `unexpected unit "${unit}"`);
      continue;
    }
    const sedena = /sedena|defensa/i.test(scope);
    add(
      {
        ...base,
        series: sedena ? 'drug_seizures_sedena_kg' : 'drug_seizures_cabinet_kg',
        place: 'MX',
        unit: 'kg',
        dimension: drug,
        sourceLabel: via(sedena ? 'Sedena' : 'Gabinete de Seguridad', url),
        note: sedena ? 'Army (Sedena) seizures only.' : periodEnd.endsWith('-12-25') ? 'Whole security cabinet; through 25 December.' : 'Whole security cabinet.',
      },
      file,
      row,
    );
  }
}

out.sort((a, b) => a.series.localeCompare(b.series) || a.place.localeCompare(b.place) || a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd) || (a.dataStatus ?? '').localeCompare(b.dataStatus ?? ''));

// ── Compact output ───────────────────────────────────────────────────────
// Every row used to repeat its source URL and label; the file now holds a
// table of sources and notes, and short tuples that point into it.

const sourceIds = new Map<string, number>();
const sources: Array<{ url: string; label: string }> = [];
function sourceId(url: string, label: string): number {
  const key = `${url}\u0000${label}`;
  let id = sourceIds.get(key);
  if (id === undefined) {
    id = sources.length + 1;
    sources.push({ url, label });
    sourceIds.set(key, id);
  }
  return id;
}

const noteIds = new Map<string, number>();
const notes: string[] = [];
function noteId(note: string): number {
  let id = noteIds.get(note);
  if (id === undefined) {
    id = notes.length + 1;
    notes.push(note);
    noteIds.set(note, id);
  }
  return id;
}

interface Group {
  series: string;
  unit: string;
  rows: unknown[][];
}
const groups: Group[] = [];
for (const o of out) {
  let group = groups.at(-1);
  if (!group || group.series !== o.series || group.unit !== o.unit) {
    group = { series: o.series, unit: o.unit, rows: [] };
    groups.push(group);
  }
  const row: unknown[] = [o.place, o.periodStart, o.periodEnd, o.value, o.confidence, sourceId(o.sourceUrl, o.sourceLabel)];
  const extra: { d?: string; s?: string; n?: number } = {};
  if (o.dimension) extra.d = o.dimension;
  if (o.dataStatus) extra.s = o.dataStatus;
  if (o.note) extra.n = noteId(o.note);
  if (Object.keys(extra).length > 0) row.push(extra);
  group.rows.push(row);
}

const json = (v: unknown): string => JSON.stringify(v);
const lines: string[] = [
  '// Generated by scripts/build-demo-observations.ts from /work/shared/data — do not edit by hand.',
  '// Regenerate: cd packages/api && npx tsx scripts/build-demo-observations.ts',
  "import type { DemoObservation } from './types.ts';",
  '',
  '/** Where the figures come from: id → source URL and label. */',
  'export const SOURCES: Record<number, { url: string; label: string }> = {',
  ...sources.map((src, i) => `  ${i + 1}: { url: ${json(src.url)}, label: ${json(src.label)} },`),
  '};',
  '',
  '/** Notes shared by several rows: id → text. */',
  'const NOTES: Record<number, string> = {',
  ...notes.map((n, i) => `  ${i + 1}: ${json(n)},`),
  '};',
  '',
  '/** d: drug dimension, s: data status, n: note id. */',
  "type Extra = { d?: string; s?: 'preliminary' | 'definitive'; n?: number };",
  '/** [place, periodStart, periodEnd, value, confidence, source id, extra] */',
  "type Row = [string, string, string, number, DemoObservation['confidence'], number, Extra?];",
  '',
  'const GROUPS: Array<{ series: string; unit: string; rows: Row[] }> = [',
  ...groups.flatMap((g) => [
    `  { series: ${json(g.series)}, unit: ${json(g.unit)}, rows: [`,
    ...g.rows.map((r) => `    ${json(r)},`),
    '  ] },',
  ]),
  '];',
  '',
  'function expand(series: string, unit: string, [place, periodStart, periodEnd, value, confidence, source, extra]: Row): DemoObservation {',
  '  const src = SOURCES[source];',
  '  if (!src) throw new Error(`unknown source ${source}`);',
  '  const o: DemoObservation = { series, place, periodStart, periodEnd, value, unit, confidence, sourceUrl: src.url, sourceLabel: src.label };',
  '  if (extra?.d) o.dimension = extra.d;',
  '  if (extra?.s) o.dataStatus = extra.s;',
  '  if (extra?.n) o.note = NOTES[extra.n];',
  '  return o;',
  '}',
  '',
  'export const DEMO_OBSERVATIONS: DemoObservation[] = GROUPS.flatMap(({ series, unit, rows }) => rows.map((row) => expand(series, unit, row)));',
  '',
];
writeFileSync(OUT_FILE, lines.join('\n'));

const bySeries = new Map<string, number>();
for (const o of out) bySeries.set(o.series, (bySeries.get(o.series) ?? 0) + 1);
console.log(`wrote ${out.length} observations to ${OUT_FILE}`);
for (const [series, n] of [...bySeries].sort()) console.log(`  ${series}: ${n}`);
console.log(`skipped ${skipped.length} rows:`);
for (const s of skipped) console.log(`  ${s}`);
