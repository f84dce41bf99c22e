/**
 * Numbers as the English and Spanish press writes them: digits with either
 * thousands convention ('390,740', '390.740'), decimals ('2.5', '3,5'),
 * multipliers ('3.5 million', '3,5 millones', '120 mil') and words
 * ('twenty-nine', 'veintinueve', 'a dozen', 'tres mil').
 *
 * A single separator followed by exactly three digits is the ambiguous case:
 * ',' is read as a thousands separator everywhere (Mexican Spanish and English
 * agree), '.' is a thousands separator in Spanish or unknown text ('1.100' →
 * 1100) and a decimal point in English text ('2.500' → 2.5). '0.750' is always
 * a decimal.
 */
import { analyze, detectLang, type Doc, type Lang, type Span } from './text.ts';

export interface NumberLexeme extends Span {
  value: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** Written as bare digits with no separator or multiplier: could be a year or a day. */
  plainInteger: boolean;
  percent: boolean;
  currency: boolean;
}

const EN_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const ES_WORDS: Readonly<Record<string, number>> = {
  cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintiuna: 21, veintidos: 22, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100,
  ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400,
  cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700,
  setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  mil: 1e3, millon: 1e6, millones: 1e6, billon: 1e12, billones: 1e12,
};

// 'a' and 'un/una' are articles far more often than numbers: they count only
// before a scale word or a unit ('a dozen', 'un millón', 'una tonelada').
const ARTICLE_ONES = new Set(['a', 'un', 'una', 'uno']);
const ARTICLE_FOLLOWERS = new Set([
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'mil', 'millon', 'docena', 'tonelada', 'ton', 'tonne',
  'kilo', 'kilogramo', 'kilogram', 'libra', 'pound',
]);
// "two-thirds" is a fraction, not 2.
const FRACTIONS = new Set(['third', 'thirds', 'half', 'halves', 'quarter', 'quarters', 'fifth', 'fifths', 'tercio', 'tercios', 'tercera', 'terceras', 'cuarta', 'cuartas', 'quinta', 'quintas', 'mitad']);
// Words that are numbers only in Spanish and common English words otherwise.
const SPANISH_ONLY = new Set(['once']);
const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'dolares', 'dolar', 'pesos', 'peso', 'usd', 'mxn', 'euros', 'euro', 'eur', 'bucks']);
const PERCENT_WORDS = new Set(['percent', 'pct', 'porciento']);

/**
 * The language of the text around a number, asked only in the two cases it
 * settles ('2.500', 'once'): detecting it costs more than reading most numbers.
 */
export type LangOf = () => Lang | null;

/** '390,740' → 390740; '3,5' → 3.5; '1.100' → 1100 unless `lang` is 'en'. */
function parseDigits(raw: string, lang: LangOf): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(raw)) return null;
  const seps = raw.replace(/\d/g, '');
  if (seps === '') return Number(raw);
  const groups = raw.split(/[.,]/);
  const hasBoth = seps.includes('.') && seps.includes(',');
  if (hasBoth) {
    // The last separator is the decimal one; every other one groups thousands.
    const decimal = seps[seps.length - 1];
    const body = raw.slice(0, raw.lastIndexOf(decimal ?? '.'));
    const frac = raw.slice(raw.lastIndexOf(decimal ?? '.') + 1);
    return Number(`${body.replace(/[.,]/g, '')}.${frac}`);
  }
  if (seps.length > 1) {
    // '1.234.567' or '1,234,567': only thousands groups are valid.
    return groups.slice(1).every((g) => g.length === 3) ? Number(groups.join('')) : null;
  }
  const [int = '', frac = ''] = groups;
  const sep = seps[0];
  const thousands = frac.length === 3 && !/^0+$/.test(int) && (sep === ',' || lang() !== 'en');
  return thousands ? Number(int + frac) : Number(`${int}.${frac}`);
}

const isDigits = (s: string) => /^\d+$/.test(s);

const WORD_VALUES = new Map<string, number>([...Object.entries(ES_WORDS), ...Object.entries(EN_WORDS)]);
// Every word that can start or continue a written number: a quick rejection test.
const NUMBER_WORDS = new Set([...WORD_VALUES.keys(), ...Object.keys(SCALES), ...ARTICLE_ONES, 'hundred', 'dozen', 'docena']);

function wordValue(norm: string, lang: LangOf): number | undefined {
  if (SPANISH_ONLY.has(norm) && lang() !== 'es') return undefined;
  return WORD_VALUES.get(norm);
}

interface Read {
  value: number;
  last: number;
  plainInteger: boolean;
}

/** Digits at token i, joined across ',' and '.' and followed by an optional scale word. */
function readDigits(doc: Doc, i: number, end: number, lang: LangOf): Read | null {
  const tokens = doc.tokens;
  const tok = tokens[i];
  if (!tok) return null;
  const kilo = /^(\d+)k$/.exec(tok.norm);
  if (kilo) return { value: Number(kilo[1]) * 1000, last: i, plainInteger: false };
  if (!isDigits(tok.norm)) return null;
  // 'Z-40', 'MS-13', 'COVID-19': a code, not a quantity.
  const prev = tokens[i - 1];
  if (prev && tok.gap === '-' && /\p{L}$/u.test(prev.norm)) return null;
  // Dates and times: '3/09/25', '10:30'.
  if (/[/:]$/.test(tok.gap) && prev && isDigits(prev.norm)) return null;
  let raw = tok.norm;
  let last = i;
  while (last + 1 < end) {
    const next = tokens[last + 1];
    if (!next || !isDigits(next.norm) || (next.gap !== ',' && next.gap !== '.')) break;
    raw += next.gap + next.norm;
    last++;
  }
  const after = tokens[last + 1];
  if (after && /^[/:]$/.test(after.gap) && isDigits(after.norm)) return null;
  let value = parseDigits(raw, lang);
  if (value === null) return null;
  let plainInteger = raw === tok.norm;
  ({ value, last, plainInteger } = applyScales(doc, value, last, end, plainInteger));
  return { value, last, plainInteger };
}

/** '3.5 million', '120 mil', 'tres mil millones'. */
function applyScales(doc: Doc, value: number, last: number, end: number, plainInteger: boolean): Read {
  let maxScale = 0;
  let v = value;
  let l = last;
  let plain = plainInteger;
  while (l + 1 < end) {
    const next = doc.tokens[l + 1];
    const scale = next && next.joint === '' ? SCALES[next.norm] : undefined;
    if (scale === undefined) break;
    v = scale > maxScale ? v * scale : v + scale;
    maxScale = Math.max(maxScale, scale);
    l++;
    plain = false;
  }
  return { value: v, last: l, plainInteger: plain };
}

/** A run of number words at token i ('twenty-nine', 'treinta y dos', 'a dozen', 'tres mil'). */
function readWords(doc: Doc, i: number, end: number, lang: LangOf): Read | null {
  const tokens = doc.tokens;
  if (!NUMBER_WORDS.has(tokens[i]?.norm ?? '')) return null;
  let total = 0;
  let current = 0;
  let maxScale = 0;
  let last = -1;
  let words = 0;
  let lastWasTens = false;
  for (let j = i; j < end; j++) {
    const tok = tokens[j];
    if (!tok) break;
    if (j > i && !/^(\s+|-)$/.test(tok.gap)) break;
    const w = tok.norm;
    const next = tokens[j + 1]?.norm ?? '';
    if (j === i && ARTICLE_ONES.has(w)) {
      if (!ARTICLE_FOLLOWERS.has(next) && !ARTICLE_FOLLOWERS.has(next.replace(/e?s$/, ''))) return null;
      current = 1;
      // 'una tonelada': the Spanish article is the whole number; English 'a' never is.
      if (w !== 'a') {
        last = j;
        words++;
      }
      continue;
    }
    if (words > 0 && ((w === 'and' && /hundred|thousand/.test(tokens[j - 1]?.norm ?? '')) || (w === 'y' && lastWasTens))) {
      if (wordValue(next, lang) === undefined) break;
      continue;
    }
    const small = wordValue(w, lang);
    if (small !== undefined) {
      current += small;
      lastWasTens = small >= 20 && small < 100 && small % 10 === 0;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'dozen' || w === 'docena') {
      current = (current || 1) * 12;
    } else if (Object.hasOwn(SCALES, w)) {
      const scale = SCALES[w] ?? 1;
      if (scale > maxScale) total = (total + (current || 1)) * scale;
      else total += (current || 1) * scale;
      maxScale = Math.max(maxScale, scale);
      current = 0;
    } else {
      break;
    }
    last = j;
    words++;
  }
  if (last < 0 || words === 0) return null;
  const after = tokens[last + 1];
  if (after && FRACTIONS.has(after.norm)) return null;
  return { value: total + current, last, plainInteger: false };
}

function isPercent(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next) return /^\s*%/.test(doc.text.slice(doc.tokens[last]?.end ?? 0));
  if (/^\s*%/.test(next.gap)) return true;
  if (PERCENT_WORDS.has(next.norm)) return true;
  const after = doc.tokens[last + 2]?.norm;
  return (next.norm === 'per' && after === 'cent') || (next.norm === 'por' && after === 'ciento');
}

function isCurrency(doc: Doc, first: number, last: number): boolean {
  const tok = doc.tokens[first];
  if (tok && /[$€£]\s*$/.test(tok.gap)) return true;
  const prev = doc.tokens[first - 1]?.norm;
  if (prev === 'usd' || prev === 'mxn') return true;
  const next = doc.tokens[last + 1]?.norm;
  return next !== undefined && CURRENCY_WORDS.has(next);
}

/** Number expressions among tokens [first, end). */
export function lexNumbers(doc: Doc, first: number, end: number, lang: LangOf): NumberLexeme[] {
  const out: NumberLexeme[] = [];
  for (let i = first; i < end; i++) {
    const read = readDigits(doc, i, end, lang) ?? readWords(doc, i, end, lang);
    if (!read) continue;
    const a = doc.tokens[i];
    const b = doc.tokens[read.last];
    if (!a || !b) continue;
    out.push({
      value: round(read.value),
      first: i,
      last: read.last,
      start: a.start,
      end: b.end,
      plainInteger: read.plainInteger,
      percent: isPercent(doc, read.last),
      currency: isCurrency(doc, i, read.last),
    });
    i = read.last;
  }
  return out;
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * The first number written in `text`: '390,740' → 390740, '3,5 millones' →
 * 3500000, 'twenty-nine' → 29, '2.5%' → 2.5, '42 tons' → 42. `lang` settles
 * '2.500' (2500 in Spanish or unknown text, 2.5 in English); without it the
 * text's own stop words decide.
 */
export function parseNumber(text: string, options: { lang?: Lang } = {}): number | null {
  const doc = analyze(text);
  return lexNumbers(doc, 0, doc.tokens.length, () => options.lang ?? detectLang(doc))[0]?.value ?? null;
}
