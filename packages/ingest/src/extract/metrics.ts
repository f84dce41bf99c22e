/**
 * Metrics: numbers with units in context, proposed as observations of catalog
 * series. One sentence at a time; each number is read with the words around
 * it:
 *
 * - homicide_rate — "N per 100,000" whose rate is a homicide rate ("Mexico's
 *   homicide rate (24 per 100,000)"); overdose, suicide and other rates are
 *   skipped. Place: the nearest place before the number in the sentence.
 * - drug_seizure_kg — N kilos/tons/grams of a drug, in a sentence (or item)
 *   about seizing; "310 kilos and 250 grams" add up; tons → kg. Dimension:
 *   methamphetamine, cocaine, marijuana, heroin, fentanyl, or 'other' for
 *   "drugs". Pounds: fentanyl in pounds where US customs/CBP/Border Patrol is
 *   named stays in pounds as fentanyl_seizures_cbp_lb (that series is
 *   published in pounds); other pounds are converted to kg, with a note.
 * - fentanyl_pills_seized — N fentanyl pills / pastillas de fentanilo.
 * - prisoner_transfers — N prisoners, leaders, operatives, narcotraffickers…
 *   when a transfer word governs them: "extradition of 29 …", "sent 26 …",
 *   "92 … have been handed over". A transfer elsewhere in the sentence is not
 *   enough. "A total of 92 …" and "since 2006" figures are `cumulative`.
 * - homicide_victims, missing_persons, border_encounters — from their nouns
 *   (killed, victims of homicide, "killed 13 people", missing persons,
 *   personas desaparecidas, encounters, arrests at the border, migrants
 *   apprehended…), after or just before the number.
 *
 * Not values: percentages, money, years, dates, durations ("in 39 days"),
 * codes ("Z-40") and fractions ("two-thirds"). A range ("between 20 and 30")
 * gives its lower bound, approximate. A bare number after a comparison
 * ("…versus 9,000 along the northern border") inherits the series of the
 * number before it.
 *
 * Place: a place named after the number in its clause, else the nearest one
 * before it in the sentence, ignoring destinations and origins ("bound for
 * Cameroon", "from Jalisco"). A foreign place drops the figure (it is not a
 * Mexican one) — except for prisoner transfers (always 'MX': Mexico sends
 * them) and US border figures (about the Mexican border unless another
 * border is named). With no place in the sentence: the item's only Mexican
 * state, or 'MX'.
 *
 * Period: a date expression right after the number ("in October", "in
 * December 2023", "between March 2023 and February 2024"), else one
 * earlier in the sentence ("In just 39 days" → the 39 days ending on the item
 * date), else the item date as a point. Months without a year are the latest
 * such month on or before the item date.
 *
 * Confidence: 0.6, +0.2 when the unit or noun follows the number within two
 * words (+0.1 further away, +0.05 when it precedes, +0 when inherited); +0.1
 * when the cue the series needs (seizing, transferring, the border,
 * homicide) is in the same sentence, −0.15 when it is only elsewhere in the
 * item; −0.05 when the place is guessed from the item or defaulted; −0.05
 * approximate; −0.05 converted units; −0.2 cumulative. Clamped to
 * [0.05, 0.95].
 */
import type { SeriesKey } from '@atalaya/domain';
import { lexNumbers, round, type NumberLexeme } from './numbers.ts';
import { findPlaceMentions, type PlaceMention } from './places.ts';
import { analyze, detectLang, isClauseBreak, splitSentences, tokenRange, type Doc, type Lang, type Span } from './text.ts';
import type { MetricHit } from './types.ts';

// ---------------------------------------------------------------------------
// Vocabulary. A trailing '*' makes a stem; other words match whole.

type WordList = readonly string[];

function matchesWord(norm: string, list: WordList): boolean {
  return list.some((w) => (w.endsWith('*') ? norm.startsWith(w.slice(0, -1)) : norm === w));
}

/** Cues as token sequences: ['handed', 'over'] must appear in that order, adjacent. */
const CUES = {
  seizure: [['seiz*'], ['secured'], ['securing'], ['confiscat*'], ['intercept*'], ['asegur*'], ['decomis*'], ['incaut*'], ['haul*'], ['bust*'], ['discovered'], ['found'], ['hallaron'], ['hallazgo*'], ['localizaron']],
  transfer: [['extradi*'], ['transfer*'], ['traslad*'], ['expel*'], ['expuls*'], ['handed', 'over'], ['hand', 'over'], ['handing', 'over'], ['handover*'], ['entreg*'], ['envio'], ['enviad*'], ['enviaron'], ['sent'], ['flown']],
  border: [['border*'], ['frontera*'], ['fronteriz*'], ['migra*'], ['cbp'], ['patrol'], ['patrulla'], ['asylum'], ['asilo']],
  homicide: [['homicid*'], ['murder*'], ['asesina*'], ['killing*'], ['killed'], ['violen*'], ['shooting*'], ['balacera*'], ['massacre*'], ['masacre*'], ['slain'], ['attack*'], ['ataque*'], ['gunmen'], ['gunfight*'], ['clash*'], ['enfrentamiento*'], ['sicario*'], ['ambush*'], ['emboscada*']],
  customs: [['customs'], ['cbp'], ['aduana*'], ['border', 'patrol'], ['port', 'of', 'entry']],
  fentanyl: [['fentanyl*'], ['fentanil*']],
  apprehension: [['apprehend*'], ['detain*'], ['encounter*'], ['caught'], ['intercept*'], ['arrest*'], ['deten*'], ['aprehend*'], ['rescat*'], ['captur*']],
  cumulative: [['so', 'far'], ['to', 'date'], ['hasta', 'ahora'], ['hasta', 'el', 'momento'], ['current', 'administration'], ['actual', 'administracion'], ['since', 'taking', 'office'], ['cumulative*'], ['acumulad*']],
} satisfies Record<string, readonly WordList[]>;

const TOTAL_BEFORE = ['a total of', 'total of', 'un total de', 'in total', 'en total', 'suman', 'totaling', 'totalling', 'sumando'];
const TOTAL_AFTER = ['in all', 'in total', 'en total', 'altogether', 'all told', 'en suma'];

const MASS_UNITS: Readonly<Record<string, number | 'lb'>> = {
  kilo: 1, kilos: 1, kg: 1, kgs: 1, kilogram: 1, kilograms: 1, kilogramo: 1, kilogramos: 1,
  ton: 1000, tons: 1000, tonne: 1000, tonnes: 1000, tonelada: 1000, toneladas: 1000,
  gram: 0.001, grams: 0.001, gramo: 0.001, gramos: 0.001, gr: 0.001, g: 0.001,
  pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb', libra: 'lb', libras: 'lb',
};
const LB_TO_KG = 0.45359237;

const DRUGS: readonly (readonly [string, WordList])[] = [
  ['methamphetamine', ['meth', 'methamphetamine*', 'metanfetamina*', 'crystal', 'cristal']],
  ['cocaine', ['cocaine', 'cocaina', 'crack']],
  ['marijuana', ['marijuana', 'marihuana', 'mariguana', 'cannabis']],
  ['heroin', ['heroin', 'heroina']],
  ['fentanyl', ['fentanyl*', 'fentanil*']],
  ['other', ['drug', 'drugs', 'droga', 'drogas', 'narcotic*', 'narcotico*', 'estupefaciente*', 'opium', 'opio']],
];
const PILLS: WordList = ['pill', 'pills', 'tablet', 'tablets', 'pastilla', 'pastillas', 'pildora*', 'tableta*', 'comprimido*'];

type Noun = 'missing' | 'homicide' | 'victims' | 'deaths' | 'persons' | 'softPersons' | 'border' | 'migrants';
const NOUNS: readonly (readonly [Noun, WordList])[] = [
  ['missing', ['missing', 'desaparecid*', 'disappeared', 'disappearances', 'desapariciones']],
  ['homicide', ['killed', 'murdered', 'murders', 'homicides', 'homicidios', 'asesinatos', 'asesinad*', 'ejecutad*', 'slain']],
  ['victims', ['victims', 'victimas']],
  ['deaths', ['deaths', 'dead', 'muertos', 'muertes', 'fallecidos']],
  ['persons', ['prisoner*', 'inmate*', 'detainee*', 'narcotrafficker*', 'narcotraficante*', 'trafficker*', 'traficante*', 'lords', 'leaders', 'lideres', 'members', 'miembros', 'integrantes', 'operatives', 'operadores', 'operators', 'criminals', 'criminales', 'delincuentes', 'capos', 'bosses', 'kingpins', 'reos', 'presos', 'internos', 'detenidos', 'extraditables', 'narcos', 'figures', 'cabecillas']],
  ['softPersons', ['people', 'persons', 'personas', 'individuals', 'individuos', 'men', 'women', 'hombres', 'mujeres', 'civilians', 'civiles']],
  ['border', ['encounters', 'encuentros', 'apprehensions', 'aprehensiones', 'arrests', 'detentions', 'detenciones', 'crossings', 'cruces']],
  ['migrants', ['migrants', 'migrantes', 'immigrants', 'inmigrantes']],
];
// Nouns that name the series when they come before the number ("encounters from 250,000").
const NOUNS_BEFORE: readonly (readonly [Noun | 'transfers', WordList])[] = [
  ['border', ['encounters', 'encuentros', 'apprehensions', 'aprehensiones', 'arrests', 'detenciones', 'crossings', 'cruces']],
  ['missing', ['desaparecidos', 'desaparecidas', 'disappearances', 'desapariciones']],
  ['homicide', ['homicides', 'murders', 'homicidios', 'asesinatos', 'killings']],
  ['transfers', ['extraditions', 'extradiciones', 'transfers', 'traslados', 'expulsions', 'expulsiones']],
];

type TimeUnit = 'day' | 'week' | 'month' | 'year';
/** A duration word and how many of a calendar unit one of it is ('48 hours' → 2 days). */
const TIME_UNITS: ReadonlyMap<string, readonly [TimeUnit, number]> = new Map<string, readonly [TimeUnit, number]>([
  ...['day', 'days', 'dia', 'dias'].map((w) => [w, ['day', 1]] as const),
  ...['week', 'weeks', 'semana', 'semanas'].map((w) => [w, ['week', 1]] as const),
  ...['month', 'months', 'mes', 'meses'].map((w) => [w, ['month', 1]] as const),
  ...['year', 'years', 'ano', 'anos'].map((w) => [w, ['year', 1]] as const),
  ...['decade', 'decades', 'decada', 'decadas'].map((w) => [w, ['year', 10]] as const),
  ...['hour', 'hours', 'hora', 'horas'].map((w) => [w, ['day', 1 / 24]] as const),
  ...['minute', 'minutes', 'minuto', 'minutos'].map((w) => [w, ['day', 1 / 1440]] as const),
]);

const APPROX_BEFORE = new Set([
  'over', 'more than', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'at least', 'close to',
  'up to', 'upwards of', 'less than', 'fewer than', 'just over', 'just under', 'an estimated', 'estimated', 'mas de',
  'casi', 'alrededor de', 'cerca de', 'aproximadamente', 'unos', 'unas', 'poco mas de', 'al menos', 'por lo menos',
  'menos de', 'hasta', 'arriba de', 'mas de un', 'over a',
]);
const COMPARISON = new Set(['compared', 'versus', 'vs', 'against', 'while', 'whereas', 'frente', 'contra', 'comparacion', 'comparado', 'comparada', 'to', 'a', 'and', 'y', 'from', 'de']);
// Destinations and origins are not where a figure belongs ("bound for Cameroon", "from Jalisco").
const AWAY = new Set(['to', 'for', 'toward', 'towards', 'bound', 'destined', 'hacia', 'rumbo', 'destino', 'export', 'exportacion', 'from', 'desde', 'procedente', 'proveniente', 'into']);

const EN_MONTHS = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i + 1]),
);
const EN_MONTH_ABBR = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
const ES_MONTHS = new Map<string, number>([
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7], ['agosto', 8],
  ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
]);
const MONTH_LEADS = new Set(['in', 'during', 'en', 'durante', 'of', 'since', 'desde', 'late', 'early', 'mid', 'fin', 'finales', 'principios', 'mediados', 'last', 'this', 'el', 'de', 'del', 'through', 'until', 'hasta', 'by']);
const YEAR_LEADS = new Set(['in', 'during', 'en', 'durante', 'del', 'for', 'since', 'desde', 'of', 'throughout', 'de']);
const DURATION_LEADS = new Set(['in', 'over', 'during', 'within', 'en', 'durante', 'past', 'last', 'ultimos', 'ultimas', 'previous', 'pasados', 'pasadas', 'for']);
const DURATION_FILLERS = new Set(['the', 'los', 'las', 'just', 'only', 'apenas', 'solo', 'less', 'more', 'than', 'menos', 'mas', 'de']);
const AGO = new Set(['ago', 'later', 'earlier', 'atras', 'antes', 'despues', 'before', 'after']);

// ---------------------------------------------------------------------------
// Dates

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseYmd(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** The first day of the `n` units that end on `date`. */
function shift(date: Ymd, unit: TimeUnit, n: number): string {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
  if (unit === 'day') t.setUTCDate(t.getUTCDate() - n);
  else if (unit === 'week') t.setUTCDate(t.getUTCDate() - 7 * n);
  else if (unit === 'month') t.setUTCMonth(t.getUTCMonth() - n);
  else t.setUTCFullYear(t.getUTCFullYear() - n);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// Sentence model

interface Sentence extends Span {
  /** Token indexes: first, and one past the last. */
  first: number;
  stop: number;
}

interface Period {
  first: number;
  last: number;
  start: string | null;
  end: string | null;
  /** "since 2006": the figure is a running total from then to the item date. */
  running?: boolean;
}

interface Quantity extends Span {
  value: number;
  first: number;
  last: number;
  approximate: boolean;
  note: string | null;
  lex: NumberLexeme;
}

interface Reading {
  q: Quantity;
  series: SeriesKey;
  unit: string;
  value: number;
  dimension: string | null;
  /** Last token of the number's unit or noun. */
  last: number;
  strength: number;
  /** Value per unit of the number, so an inheriting number can reuse it. */
  factor: number;
  cumulative: boolean;
  note: string | null;
}

interface Ctx {
  doc: Doc;
  s: Sentence;
  quantities: Quantity[];
  readings: Reading[];
  consumed: Set<Quantity>;
  /** Cues already looked up in this sentence. */
  cues: Map<keyof typeof CUES, boolean>;
  textHas: (cue: keyof typeof CUES) => boolean;
}

const norm = (doc: Doc, i: number) => doc.tokens[i]?.norm ?? '';

function hasCue(doc: Doc, first: number, end: number, cues: readonly WordList[]): boolean {
  for (let i = first; i < end; i++) {
    for (const cue of cues) {
      if (cue.every((w, k) => i + k < end && matchesWord(norm(doc, i + k), [w]))) return true;
    }
  }
  return false;
}

function sentenceHas(c: Ctx, cue: keyof typeof CUES): boolean {
  let found = c.cues.get(cue);
  if (found === undefined) {
    found = hasCue(c.doc, c.s.first, c.s.stop, CUES[cue]);
    c.cues.set(cue, found);
  }
  return found;
}

/** Words between two token indexes, folded, joined by spaces. */
function wordsBetween(doc: Doc, from: number, to: number): string {
  return doc.tokens
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.norm)
    .join(' ');
}

function monthAt(doc: Doc, i: number): number | null {
  const t = doc.tokens[i];
  if (!t) return null;
  const es = ES_MONTHS.get(t.norm);
  if (es) return es;
  const en = EN_MONTHS.get(t.norm);
  const abbr = EN_MONTH_ABBR.get(t.norm);
  if (!en && !abbr) return null;
  // English month names are capitalised: 'march' and 'may' are verbs.
  if (!t.capital) return null;
  if (en) return en;
  const next = doc.tokens[i + 1];
  return abbr && next && (next.gap.startsWith('.') || /^\d+$/.test(next.norm)) ? abbr : null;
}

function yearAt(doc: Doc, i: number): number | null {
  const n = norm(doc, i);
  if (!/^\d{4}$/.test(n)) return null;
  const y = Number(n);
  return y >= 1900 && y <= 2100 ? y : null;
}

function dayAt(doc: Doc, i: number): number | null {
  const n = norm(doc, i);
  if (!/^\d{1,2}$/.test(n)) return null;
  const d = Number(n);
  return d >= 1 && d <= 31 ? d : null;
}

// ---------------------------------------------------------------------------
// Periods

interface MonthRef {
  m: number;
  y: number | null;
  last: number;
}

/** 'October', 'October 2023', 'octubre de 2024', 'September in 2024'. */
function monthRef(doc: Doc, i: number, end: number): MonthRef | null {
  const m = monthAt(doc, i);
  if (!m) return null;
  const next = norm(doc, i + 1);
  const yearAfter = (k: number): MonthRef | null => {
    const y = i + k < end ? yearAt(doc, i + k) : null;
    return y === null ? null : { m, y, last: i + k };
  };
  if (['de', 'of', 'del'].includes(next)) return yearAfter(2) ?? { m, y: null, last: i };
  if (next === 'in') return yearAfter(2) ?? { m, y: null, last: i };
  return yearAfter(1) ?? { m, y: null, last: i };
}

function inferYear(m: number, date: Ymd | null): number | null {
  if (!date) return null;
  return m <= date.m ? date.y : date.y - 1;
}

function monthPeriod(ref: MonthRef, date: Ymd | null): { start: string | null; end: string | null } {
  const y = ref.y ?? inferYear(ref.m, date);
  return y === null ? { start: null, end: null } : { start: iso(y, ref.m, 1), end: iso(y, ref.m, lastDay(y, ref.m)) };
}

const RANGE_OPEN = new Set(['between', 'entre', 'from', 'desde', 'de']);
const RANGE_JOIN = new Set(['and', 'y', 'to', 'through', 'until', 'a', 'hasta']);

function rangeAt(doc: Doc, i: number, end: number, date: Ymd | null): Period | null {
  if (!RANGE_OPEN.has(norm(doc, i))) return null;
  const a = monthRef(doc, i + 1, end);
  if (!a) return null;
  const join = a.last + 1;
  const dash = doc.tokens[join]?.gap.trim() === '-';
  const bStart = dash ? join : join + 1;
  if (!dash && !RANGE_JOIN.has(norm(doc, join))) return null;
  const b = monthRef(doc, bStart, end);
  if (!b) return null;
  const yb = b.y ?? inferYear(b.m, date);
  if (yb === null) return { first: i, last: b.last, start: null, end: null };
  const ya = a.y ?? (a.m <= b.m ? yb : yb - 1);
  return { first: i, last: b.last, start: iso(ya, a.m, 1), end: iso(yb, b.m, lastDay(yb, b.m)) };
}

function monthOrDayAt(doc: Doc, i: number, end: number, date: Ymd | null): Period | null {
  // '4 de marzo (de 2025)'
  const day = dayAt(doc, i);
  if (day !== null && norm(doc, i + 1) === 'de' && monthAt(doc, i + 2)) {
    const m = monthAt(doc, i + 2) ?? 1;
    const yTok = norm(doc, i + 3) === 'de' ? i + 4 : -1;
    const y = yTok > 0 ? yearAt(doc, yTok) : null;
    const year = y ?? inferYear(m, date);
    const p = year === null ? null : iso(year, m, day);
    return { first: i, last: y !== null ? yTok : i + 2, start: p, end: p };
  }
  const ref = monthRef(doc, i, end);
  if (!ref) return null;
  // 'March 4', 'February 27, 2025'
  const d = ref.y === null ? dayAt(doc, i + 1) : null;
  if (d !== null) {
    const y = doc.tokens[i + 2]?.gap.trim() === ',' ? yearAt(doc, i + 2) : null;
    const year = y ?? inferYear(ref.m, date);
    const p = year === null ? null : iso(year, ref.m, d);
    return { first: i, last: y !== null ? i + 2 : i + 1, start: p, end: p };
  }
  if (ref.y === null && !MONTH_LEADS.has(norm(doc, i - 1))) return null;
  return { first: i, last: ref.last, ...monthPeriod(ref, date) };
}

function yearPeriodAt(doc: Doc, i: number, date: Ymd | null): Period | null {
  const y = yearAt(doc, i);
  if (y === null) return null;
  const lead = norm(doc, i - 1);
  if (lead === 'year' && norm(doc, i - 2) === 'fiscal') {
    return { first: i - 2, last: i, start: iso(y - 1, 10, 1), end: iso(y, 9, 30) };
  }
  if (!YEAR_LEADS.has(lead)) return null;
  if (lead === 'since' || lead === 'desde') {
    return { first: i - 1, last: i, start: iso(y, 1, 1), end: date ? iso(date.y, date.m, date.d) : null, running: true };
  }
  return { first: i - 1, last: i, start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

const RELATIVE: readonly (readonly [readonly string[], 'ytd' | 'lastYear' | 'lastMonth' | 'mtd'])[] = (
  [
    ['so far this year', 'ytd'], ['this year', 'ytd'], ['en lo que va del ano', 'ytd'], ['este ano', 'ytd'],
    ['last year', 'lastYear'], ['el ano pasado', 'lastYear'], ['last month', 'lastMonth'], ['el mes pasado', 'lastMonth'],
    ['this month', 'mtd'], ['este mes', 'mtd'],
  ] as const
).map(([phrase, kind]) => [phrase.split(' '), kind] as const);
const RELATIVE_FIRST = new Set(RELATIVE.map(([words]) => words[0]));

function relativeAt(doc: Doc, i: number, date: Ymd | null): Period | null {
  if (!RELATIVE_FIRST.has(norm(doc, i))) return null;
  for (const [words, kind] of RELATIVE) {
    if (!words.every((w, k) => norm(doc, i + k) === w)) continue;
    const last = i + words.length - 1;
    if (!date) return { first: i, last, start: null, end: null };
    const today = iso(date.y, date.m, date.d);
    if (kind === 'ytd') return { first: i, last, start: iso(date.y, 1, 1), end: today };
    if (kind === 'mtd') return { first: i, last, start: iso(date.y, date.m, 1), end: today };
    if (kind === 'lastYear') return { first: i, last, start: iso(date.y - 1, 1, 1), end: iso(date.y - 1, 12, 31) };
    const y = date.m === 1 ? date.y - 1 : date.y;
    const m = date.m === 1 ? 12 : date.m - 1;
    return { first: i, last, start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)) };
  }
  return null;
}

/** 'in just 39 days', 'in the last four days', 'en los últimos 3 meses': ending on the item date. */
function durationFor(doc: Doc, lex: NumberLexeme, date: Ymd | null): Period | null {
  const time = TIME_UNITS.get(norm(doc, lex.last + 1));
  if (!time || AGO.has(norm(doc, lex.last + 2))) return null;
  const [unit, per] = time;
  let first = lex.first;
  for (let k = 1; k <= 4; k++) {
    const w = norm(doc, lex.first - k);
    if (!DURATION_LEADS.has(w) && !DURATION_FILLERS.has(w)) break;
    first = lex.first - k;
  }
  if (!range(first, lex.first - 1).some((i) => DURATION_LEADS.has(norm(doc, i)))) return null;
  if (!date) return { first, last: lex.last + 1, start: null, end: null };
  return { first, last: lex.last + 1, start: shift(date, unit, Math.max(1, Math.ceil(lex.value * per))), end: iso(date.y, date.m, date.d) };
}

function findPeriods(doc: Doc, s: Sentence, lexemes: readonly NumberLexeme[], date: Ymd | null): Period[] {
  const out: Period[] = [];
  for (let i = s.first; i < s.stop; i++) {
    const p = rangeAt(doc, i, s.stop, date) ?? relativeAt(doc, i, date) ?? monthOrDayAt(doc, i, s.stop, date) ?? yearPeriodAt(doc, i, date);
    if (p) {
      out.push(p);
      i = p.last;
    }
  }
  for (const lex of lexemes) {
    const p = durationFor(doc, lex, date);
    if (p && !out.some((o) => o.first <= p.last && p.first <= o.last)) out.push(p);
  }
  return out.sort((a, b) => a.first - b.first);
}

// ---------------------------------------------------------------------------
// Quantities

function isApproximate(doc: Doc, first: number): boolean {
  for (let n = 3; n >= 1; n--) {
    if (APPROX_BEFORE.has(wordsBetween(doc, first - n, first))) return true;
  }
  return false;
}

/** 'between 20 and 30', 'entre 20 y 30', '20 to 30', '20-30': one quantity, its lower bound. */
function mergeRanges(doc: Doc, lexemes: readonly NumberLexeme[], periodTokens: ReadonlySet<number>): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < lexemes.length; k++) {
    const a = lexemes[k];
    if (!a) continue;
    const b = lexemes[k + 1];
    const q: Quantity = { value: a.value, first: a.first, last: a.last, start: a.start, end: a.end, approximate: isApproximate(doc, a.first), note: null, lex: a };
    const free = (x: NumberLexeme) => !periodTokens.has(x.first) && !x.percent && !x.currency;
    if (b && free(a) && free(b) && a.value < b.value && isRangeJoin(doc, a, b)) {
      Object.assign(q, { last: b.last, end: b.end, approximate: true, note: `range ${a.value}–${b.value}; lower bound kept` });
      k++;
    }
    out.push(q);
  }
  return out;
}

function isRangeJoin(doc: Doc, a: NumberLexeme, b: NumberLexeme): boolean {
  if (b.first === a.last + 1) return doc.tokens[b.first]?.gap.trim() === '-';
  if (b.first !== a.last + 2) return false;
  const join = norm(doc, a.last + 1);
  const opener = norm(doc, a.first - 1);
  if (join === 'and') return opener === 'between';
  if (join === 'y') return opener === 'entre';
  if (join === 'a') return opener === 'de' || opener === 'entre';
  return join === 'to';
}

function isExcluded(c: Ctx, q: Quantity, periodTokens: ReadonlySet<number>): boolean {
  const { doc } = c;
  const lex = q.lex;
  if (lex.percent || lex.currency) return true;
  if (periodTokens.has(lex.first)) return true;
  const next = norm(doc, q.last + 1);
  if (TIME_UNITS.has(next)) return true;
  const countable = MASS_UNITS[next] !== undefined || matchesWord(next, PILLS);
  if (lex.plainInteger && lex.value >= 1900 && lex.value <= 2100 && !countable) return true;
  // '27' in 'February 27' when no period claimed it (e.g. no year could be inferred).
  return lex.plainInteger && (monthAt(doc, lex.first - 1) !== null || monthAt(doc, q.last + 1) !== null);
}

// ---------------------------------------------------------------------------
// Readings

/** Tokens after the quantity, within its clause, before the next quantity. */
function windowAfter(c: Ctx, from: number, size: number): number[] {
  const next = c.quantities.find((q) => q.first > from)?.first ?? c.s.stop;
  const out: number[] = [];
  for (let i = from + 1; i < Math.min(c.s.stop, next, from + 1 + size); i++) {
    if (isClauseBreak(c.doc, i)) break;
    out.push(i);
  }
  return out;
}

function contextStrength(c: Ctx, cue: keyof typeof CUES): number | null {
  if (sentenceHas(c, cue)) return 0.1;
  if (c.textHas(cue)) return -0.15;
  return null;
}

function rateReading(c: Ctx, q: Quantity): Reading | 'skip' | null {
  const { doc } = c;
  const win = windowAfter(c, q.last, 4);
  const perAt = win.find((i) => ['per', 'por'].includes(norm(doc, i)));
  let denomEnd = -1;
  if (perAt !== undefined) {
    const at = norm(doc, perAt + 1) === 'cada' ? perAt + 2 : perAt + 1;
    const denom = c.quantities.find((x) => x.first === at);
    if (denom && denom.value === 100000) {
      c.consumed.add(denom);
      denomEnd = denom.last;
    } else if (norm(doc, at) === '100k') denomEnd = at;
  }
  if (denomEnd < 0) return null;
  const qualifier = [...wordsBetween(doc, q.last + 1, perAt ?? q.last + 1).split(' '), ...rateQualifier(c, q.first)];
  const isHomicide = qualifier.some((w) => matchesWord(w, ['homicid*', 'murder*', 'asesinat*', 'killing*']));
  const isOther = qualifier.some((w) => matchesWord(w, ['overdose*', 'sobredosis', 'suicid*', 'traffic', 'accident*', 'mortality', 'mortalidad', 'poverty', 'pobreza']));
  if (!isHomicide || isOther) return 'skip';
  return { q, series: 'homicide_rate', unit: 'per 100k', value: q.value, dimension: null, last: denomEnd, strength: 0.3, factor: 1, cumulative: false, note: null };
}

/** Words that qualify the nearest 'rate'/'tasa' before the number: "Mexico's homicide rate (24 …". */
function rateQualifier(c: Ctx, first: number): string[] {
  const { doc } = c;
  for (let i = first - 1; i >= Math.max(c.s.first, first - 8); i--) {
    if (c.quantities.some((x) => x.last === i)) break;
    const n = norm(doc, i);
    if (n === 'rate' || n === 'rates') return wordsBetween(doc, Math.max(c.s.first, i - 3), i).split(' ');
    if (n === 'tasa' || n === 'tasas') return wordsBetween(doc, i + 1, Math.min(first, i + 5)).split(' ');
  }
  return [];
}

function drugAfter(c: Ctx, from: number): { drug: string; at: number } | null {
  for (const i of windowAfter(c, from, 5)) {
    const n = norm(c.doc, i);
    const hit = DRUGS.find(([, words]) => matchesWord(n, words));
    if (hit) return { drug: hit[0], at: i };
  }
  return null;
}

function massReading(c: Ctx, q: Quantity): Reading | null {
  const { doc } = c;
  let unitAt = q.last + 1;
  if (norm(doc, unitAt) === 'metric') unitAt++;
  const unit = MASS_UNITS[norm(doc, unitAt)];
  if (unit === undefined || isClauseBreak(doc, unitAt)) return null;
  let last = unitAt;
  let amount = unit === 'lb' ? q.value : q.value * unit;
  // '310 kilos and 250 grams'
  const more = c.quantities.find((x) => x.first === last + 2 && ['and', 'y'].includes(norm(doc, last + 1)));
  const moreUnit = more ? MASS_UNITS[norm(doc, more.last + 1)] : undefined;
  if (more && typeof moreUnit === 'number' && typeof unit === 'number' && moreUnit < unit) {
    amount += more.value * moreUnit;
    last = more.last + 1;
    c.consumed.add(more);
  }
  const found = drugAfter(c, last);
  const previous = [...c.readings].reverse().find((r) => r.series === 'drug_seizure_kg' || r.series === 'fentanyl_seizures_cbp_lb');
  const drug = found?.drug ?? (previous ? (previous.dimension ?? 'fentanyl') : null);
  if (!drug) return null;
  const context = contextStrength(c, 'seizure');
  if (context === null) return null;
  const strength = (found ? 0.2 : 0) + context;
  const end = found ? found.at : last;
  if (unit === 'lb') {
    if (drug === 'fentanyl' && (sentenceHas(c, 'customs') || c.textHas('customs'))) {
      return { q, series: 'fentanyl_seizures_cbp_lb', unit: 'lb', value: round(amount), dimension: null, last: end, strength, factor: 1, cumulative: false, note: null };
    }
    const kg = round(amount * LB_TO_KG);
    return { q, series: 'drug_seizure_kg', unit: 'kg', value: kg, dimension: drug, last: end, strength: strength - 0.05, factor: LB_TO_KG, cumulative: false, note: `converted from ${round(amount)} lb` };
  }
  return { q, series: 'drug_seizure_kg', unit: 'kg', value: round(amount), dimension: drug, last: end, strength, factor: unit, cumulative: false, note: null };
}

function pillReading(c: Ctx, q: Quantity): Reading | null {
  const { doc } = c;
  const win = windowAfter(c, q.last, 4);
  const pillAt = win.find((i) => matchesWord(norm(doc, i), PILLS));
  if (pillAt === undefined) return null;
  const span = windowAfter(c, q.last, pillAt - q.last + 3);
  const fentanylAt = span.find((i) => matchesWord(norm(doc, i), CUES.fentanyl.map((w) => w[0] ?? '')));
  if (fentanylAt === undefined && !sentenceHas(c, 'fentanyl')) return null;
  const context = contextStrength(c, 'seizure');
  if (context === null) return null;
  const strength = (fentanylAt !== undefined ? 0.2 : 0.05) + context;
  return { q, series: 'fentanyl_pills_seized', unit: 'pills', value: q.value, dimension: null, last: Math.max(pillAt, fentanylAt ?? 0), strength, factor: 1, cumulative: false, note: null };
}

function nounCategory(doc: Doc, i: number): Noun | null {
  const n = norm(doc, i);
  if (n.startsWith('localizad') && norm(doc, i - 1) === 'no') return 'missing';
  return NOUNS.find(([, words]) => matchesWord(n, words))?.[0] ?? null;
}

const SERIES_OF: Readonly<Record<Exclude<Noun, 'softPersons' | 'victims' | 'deaths' | 'migrants'> | 'transfers', readonly [SeriesKey, string]>> = {
  missing: ['missing_persons', 'people'],
  homicide: ['homicide_victims', 'victims'],
  persons: ['prisoner_transfers', 'people'],
  transfers: ['prisoner_transfers', 'people'],
  border: ['border_encounters', 'encounters'],
};

// Words that may stand between a verb or noun and its number: "extradition of
// 29", "handed over another 26", "killed at least 13".
const LINKERS = new Set([
  'of', 'de', 'del', 'the', 'los', 'las', 'a', 'al', 'to', 'another', 'other', 'otros', 'otras', 'some', 'at', 'least',
  'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'approximately', 'mas', 'casi', 'unos', 'unas', 'menos',
  'al', 'menos', 'aproximadamente', 'alrededor', 'cerca', 'total', 'un', 'between', 'entre',
]);

/** Index of the first word before the number that is not a linker, and whether 'of'/'de' came right before it. */
function headBefore(c: Ctx, q: Quantity): { at: number; viaOf: boolean } {
  let at = q.first - 1;
  while (at >= c.s.first && LINKERS.has(norm(c.doc, at))) at--;
  return { at, viaOf: ['of', 'de', 'del'].includes(norm(c.doc, q.first - 1)) };
}

/** A cue that ends exactly at token `at` (one- or two-word cues). */
function cueEndsAt(c: Ctx, at: number, cues: readonly WordList[]): boolean {
  return at >= c.s.first && hasCue(c.doc, Math.max(c.s.first, at - 1), at + 1, cues) && cues.some((cue) => matchesWord(norm(c.doc, at), [cue[cue.length - 1] ?? '']));
}

/**
 * People counted in a transfer: "extradition of 29 …", "sent 26 …", "92 …
 * have been handed over", "the second transfer, made in August, of 26
 * …". A transfer word elsewhere in the sentence is not enough ("the
 * extradition law passed with 29 members voting").
 */
function isTransferCount(c: Ctx, q: Quantity, nounAt: number): boolean {
  const { at, viaOf } = headBefore(c, q);
  if (cueEndsAt(c, at, CUES.transfer)) return true;
  if (hasCue(c.doc, q.last + 1, Math.min(c.s.stop, nounAt + 7), CUES.transfer)) return true;
  return viaOf && hasCue(c.doc, c.s.first, q.first, CUES.transfer);
}

const KILLING_VERBS: readonly WordList[] = [['killed'], ['murdered'], ['slew'], ['asesinaron'], ['mataron'], ['ejecutaron'], ['shot', 'dead']];

/** Whether the noun's series has its cue where it needs it, and how much that adds. */
function nounContext(c: Ctx, q: Quantity, noun: Noun | 'transfers', at: number): { key: keyof typeof SERIES_OF; context: number } | null {
  switch (noun) {
    case 'missing':
    case 'homicide':
      return { key: noun, context: 0.1 };
    case 'victims':
      if (hasCue(c.doc, at, Math.min(c.s.stop, at + 5), CUES.homicide) || sentenceHas(c, 'homicide')) return { key: 'homicide', context: 0.1 };
      return null;
    case 'deaths':
      return sentenceHas(c, 'homicide') ? { key: 'homicide', context: 0.1 } : null;
    case 'softPersons':
      // "Gunmen killed 13 people"
      if (cueEndsAt(c, headBefore(c, q).at, KILLING_VERBS)) return { key: 'homicide', context: 0.1 };
      return isTransferCount(c, q, at) ? { key: 'persons', context: 0.1 } : null;
    case 'persons':
      return isTransferCount(c, q, at) ? { key: 'persons', context: 0.1 } : null;
    case 'transfers':
      return { key: 'transfers', context: 0.1 };
    case 'border': {
      const context = contextStrength(c, 'border');
      return context === null ? null : { key: 'border', context };
    }
    case 'migrants': {
      // "1,200 migrants apprehended near the border": migrants counted by an apprehension.
      const context = contextStrength(c, 'border');
      return context === null || !sentenceHas(c, 'apprehension') ? null : { key: 'border', context };
    }
  }
}

function nounAfterReading(c: Ctx, q: Quantity): Reading | null {
  let soft: number | null = null;
  for (const i of windowAfter(c, q.last, 5)) {
    const noun = nounCategory(c.doc, i);
    if (!noun) continue;
    if (noun === 'softPersons') {
      soft ??= i;
      continue;
    }
    return build(c, q, noun, i, i - q.last <= 2 ? 0.2 : 0.1);
  }
  return soft === null ? null : build(c, q, 'softPersons', soft, soft - q.last <= 2 ? 0.2 : 0.1);
}

function nounBeforeReading(c: Ctx, q: Quantity): Reading | null {
  const { doc } = c;
  for (let i = q.first - 1; i >= Math.max(c.s.first, q.first - 4); i--) {
    if (isClauseBreak(doc, i + 1) || c.quantities.some((x) => x.last === i && !x.lex.percent && !x.lex.currency)) break;
    const noun = NOUNS_BEFORE.find(([, words]) => matchesWord(norm(doc, i), words))?.[0];
    if (noun) return build(c, q, noun, q.last, 0.05);
  }
  return null;
}

function build(c: Ctx, q: Quantity, noun: Noun | 'transfers', at: number, placement: number): Reading | null {
  const ctx = nounContext(c, q, noun, at);
  if (!ctx) return null;
  const [series, unit] = SERIES_OF[ctx.key];
  return { q, series, unit, value: q.value, dimension: null, last: Math.max(at, q.last), strength: placement + ctx.context, factor: 1, cumulative: false, note: null };
}

/** "4,100 arrests in May versus 3,900 in June": the bare number borrows the series of the one before. */
function inheritedReading(c: Ctx, q: Quantity): Reading | null {
  const previous = c.readings[c.readings.length - 1];
  if (!previous || previous.series === 'homicide_rate') return null;
  const between = wordsBetween(c.doc, previous.last + 1, q.first).split(' ');
  if (!between.some((w) => COMPARISON.has(w))) return null;
  const next = norm(c.doc, q.last + 1);
  if (nounCategory(c.doc, q.last + 1) || MASS_UNITS[next] !== undefined) return null;
  return {
    ...previous,
    q,
    value: round(q.value * previous.factor),
    last: q.last,
    strength: Math.min(previous.strength, 0.1) - 0.1,
    note: previous.factor !== 1 && previous.unit === 'kg' ? previous.note : null,
  };
}

function isCumulative(c: Ctx, r: Reading): boolean {
  for (let n = 3; n >= 1; n--) {
    if (TOTAL_BEFORE.includes(wordsBetween(c.doc, r.q.first - n, r.q.first))) return true;
  }
  for (const n of [1, 2]) {
    if (TOTAL_AFTER.includes(wordsBetween(c.doc, r.last + 1, r.last + 1 + n))) return true;
  }
  return sentenceHas(c, 'cumulative');
}

function read(c: Ctx, q: Quantity): Reading | null {
  const rate = rateReading(c, q);
  if (rate === 'skip') return null;
  const r = rate ?? massReading(c, q) ?? pillReading(c, q) ?? nounAfterReading(c, q) ?? nounBeforeReading(c, q) ?? inheritedReading(c, q);
  if (r && r.series !== 'homicide_rate' && isCumulative(c, r)) r.cumulative = true;
  return r;
}

// ---------------------------------------------------------------------------
// Place and period of a reading

function isAway(doc: Doc, m: PlaceMention): boolean {
  for (let k = 1; k <= 5; k++) {
    const i = m.first - k;
    if (i < 0 || isClauseBreak(doc, i + 1)) return false;
    if (AWAY.has(norm(doc, i))) return true;
  }
  return false;
}

const isMexican = (code: string) => code === 'MX' || code.startsWith('MX-');

type PlaceChoice = { place: string; guessed: boolean } | null;

function placeOf(c: Ctx, r: Reading, mentions: readonly PlaceMention[], itemState: string | null): PlaceChoice {
  if (r.series === 'prisoner_transfers') return { place: 'MX', guessed: false };
  const here = mentions.filter((m) => m.first >= c.s.first && m.last < c.s.stop && !isAway(c.doc, m));
  const after = here.find((m) => m.first > r.last && !hasBreak(c.doc, r.last + 1, m.first));
  const before = [...here].reverse().find((m) => m.last < r.q.first);
  const usBorderFigure = r.series === 'border_encounters' || r.series === 'fentanyl_seizures_cbp_lb';
  const chosen = after ?? before ?? null;
  if (chosen && !isMexican(chosen.code)) {
    if (usBorderFigure && chosen.code === 'US') {
      const other = [after, before].find((m) => m && m.code !== 'US');
      if (!other) return { place: 'MX', guessed: false };
      return isMexican(other.code) ? { place: other.code, guessed: false } : null;
    }
    return null;
  }
  if (chosen) return { place: chosen.code, guessed: false };
  return itemState ? { place: itemState, guessed: true } : { place: 'MX', guessed: true };
}

function hasBreak(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (isClauseBreak(doc, i)) return true;
  return false;
}

function periodOf(c: Ctx, r: Reading, periods: readonly Period[], claimed: Set<Period>): Period | null {
  const nextQ = c.quantities.find((x) => x.first > r.last && !c.consumed.has(x))?.first ?? c.s.stop;
  const local = periods.find((p) => p.first > r.last && p.first < nextQ);
  if (local) {
    claimed.add(local);
    return local;
  }
  return [...periods].reverse().find((p) => p.last < r.q.first && !claimed.has(p)) ?? null;
}

// ---------------------------------------------------------------------------

export function extractMetrics(text: string, context: { date: string | null }): MetricHit[] {
  const doc = analyze(text);
  const date = parseYmd(context.date);
  const mentions = findPlaceMentions(doc);
  const states = new Set(mentions.filter((m) => m.code.startsWith('MX-') && !isAway(doc, m)).map((m) => m.code));
  const itemState = states.size === 1 ? ([...states][0] ?? null) : null;
  let textLang: Lang | null | undefined;
  const textCues = new Map<keyof typeof CUES, boolean>();
  const textHas = (cue: keyof typeof CUES) => {
    let v = textCues.get(cue);
    if (v === undefined) {
      v = hasCue(doc, 0, doc.tokens.length, CUES[cue]);
      textCues.set(cue, v);
    }
    return v;
  };

  const hits: MetricHit[] = [];
  for (const span of splitSentences(text)) {
    const { first, end: stop } = tokenRange(doc, span);
    if (first >= stop) continue;
    const s: Sentence = { ...span, first, stop };
    let lang: Lang | null | undefined;
    const langOf = () => {
      if (lang === undefined) {
        textLang = textLang === undefined ? detectLang(doc) : textLang;
        lang = detectLang(doc, first, stop) ?? textLang;
      }
      return lang;
    };
    const lexemes = lexNumbers(doc, first, stop, langOf);
    if (lexemes.length === 0) continue;
    const periods = findPeriods(doc, s, lexemes, date);
    const periodTokens = new Set(periods.flatMap((p) => range(p.first, p.last)));
    const c: Ctx = { doc, s, quantities: mergeRanges(doc, lexemes, periodTokens), readings: [], consumed: new Set(), cues: new Map(), textHas };
    const claimed = new Set<Period>();
    for (const q of c.quantities) {
      if (c.consumed.has(q) || isExcluded(c, q, periodTokens)) continue;
      const r = read(c, q);
      if (!r) continue;
      c.readings.push(r);
      const place = placeOf(c, r, mentions, itemState);
      const period = periodOf(c, r, periods, claimed);
      if (!place) continue;
      if (period?.running && r.series !== 'homicide_rate') r.cumulative = true;
      hits.push(toHit(c, r, place, period, date));
    }
  }
  return dedupe(hits);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

function toHit(c: Ctx, r: Reading, place: NonNullable<PlaceChoice>, period: Period | null, date: Ymd | null): MetricHit {
  const point = date ? iso(date.y, date.m, date.d) : null;
  // A running total with no stated start ("a total of 92 so far") has no period start.
  const periodStart = period ? period.start : r.cumulative ? null : point;
  const periodEnd = period ? period.end : point;
  let confidence = 0.6 + r.strength;
  if (place.guessed) confidence -= 0.05;
  if (r.q.approximate) confidence -= 0.05;
  if (r.cumulative) confidence -= 0.2;
  confidence = Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;
  const qEnd = c.doc.tokens[r.last]?.end ?? r.q.end;
  const notes = [r.note, r.q.note].filter((n): n is string => n !== null);
  return {
    series: r.series,
    value: r.value,
    unit: r.unit,
    place: place.place,
    periodStart,
    periodEnd,
    date: periodEnd,
    dimension: r.dimension,
    approximate: r.q.approximate,
    cumulative: r.cumulative,
    note: notes.length ? notes.join('; ') : null,
    quantity: { text: c.doc.text.slice(r.q.start, qEnd), start: r.q.start, end: qEnd },
    confidence,
    text: c.doc.text.slice(c.s.start, c.s.end),
    start: c.s.start,
    end: c.s.end,
  };
}

/** The same figure stated twice in one item (headline and body) is one observation. */
function dedupe(hits: readonly MetricHit[]): MetricHit[] {
  const best = new Map<string, MetricHit>();
  for (const h of hits) {
    const key = [h.series, h.value, h.place, h.dimension, h.periodStart, h.periodEnd, h.cumulative].join('|');
    const seen = best.get(key);
    if (!seen || h.confidence > seen.confidence) best.set(key, h);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.quantity.start - b.quantity.start);
}
