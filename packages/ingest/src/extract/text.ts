/**
 * Text machinery shared by the extractors.
 *
 * - `analyze` folds the text (accents, case, curly quotes, dashes) while keeping
 *   a map back to the original offsets, and cuts it into word tokens. Every
 *   extractor works on tokens, so a hit's `start`/`end` always point into the
 *   string the caller passed in.
 * - `PhraseIndex` finds catalog phrases by hashing their first word (stems by
 *   their first four letters): matching costs O(tokens × phrases sharing that
 *   key), not O(catalog), and each index is built once at module load.
 * - `splitSentences` and `detectLang` are deliberately crude: they serve
 *   extraction heuristics, not linguistics.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Folded form: lower case, no diacritics. */
  norm: string;
  /** Folded text between the previous token (or the text start) and this one. */
  gap: string;
  /** `gap` without white space, as phrase matching compares it. */
  joint: string;
  /** The original token starts with a capital letter. */
  capital: boolean;
}

export interface Doc {
  text: string;
  tokens: Token[];
}

// Characters whose folded form is not what NFD + lower-casing gives: quotes and
// dashes are unified so catalog phrases written with straight quotes match
// curly ones, and non-breaking spaces behave like spaces.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = SPECIAL_FOLDS[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Removes diacritics but keeps case: for case-sensitive comparisons of acronyms. */
function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** 'Michoacán’s' → "michoacan's". */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

const NON_ASCII = /[^\p{ASCII}]/u;
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;
const squeeze = (gap: string): string => (/\s/.test(gap) ? gap.replace(/\s+/g, '') : gap);
const WORD = /[\p{L}\p{N}]+/gu;

/** Folded text and, when offsets shift, the original offset of each folded character. */
function foldWithMap(text: string): { folded: string; map: number[] | null } {
  // Lower-casing ASCII keeps every offset; only other characters need the map.
  if (!NON_ASCII.test(text)) return { folded: text.toLowerCase(), map: null };
  let folded = '';
  const map: number[] = [];
  let at = 0;
  const copyAscii = (to: number) => {
    folded += text.slice(at, to).toLowerCase();
    for (let k = at; k < to; k++) map.push(k);
  };
  for (const m of text.matchAll(NON_ASCII_RUN)) {
    copyAscii(m.index);
    let i = m.index;
    for (const ch of m[0]) {
      const f = foldChar(ch);
      for (let k = 0; k < f.length; k++) map.push(i);
      folded += f;
      i += ch.length;
    }
    at = i;
  }
  copyAscii(text.length);
  map.push(text.length);
  return { folded, map };
}

function tokenize(text: string): Token[] {
  const { folded, map } = foldWithMap(text);
  const toOriginal = map ? (i: number) => map[i] ?? text.length : (i: number) => i;
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = folded.slice(previousEnd, start);
    const first = text[toOriginal(start)] ?? '';
    tokens.push({
      norm: m[0],
      start: toOriginal(start),
      end: toOriginal(end),
      gap,
      joint: squeeze(gap),
      capital: first !== first.toLowerCase(),
    });
    previousEnd = end;
  }
  return tokens;
}

// Extractors run one after another on the same item text (extractAll), and
// topics also read the headline, so the last few analyses are kept.
const recent: Doc[] = [];
const RECENT = 4;

export function analyze(text: string): Doc {
  const hit = recent.find((d) => d.text === text);
  if (hit) return hit;
  const doc = { text, tokens: tokenize(text) };
  recent.unshift(doc);
  if (recent.length > RECENT) recent.pop();
  return doc;
}

/** Original characters between token i-1 and token i. */
export function rawGap(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  if (!t) return '';
  const prev = doc.tokens[i - 1];
  return doc.text.slice(prev ? prev.end : 0, t.start);
}

// ---------------------------------------------------------------------------
// Phrase index

/**
 * How a catalog token constrains the case of the text: `any` for lower-case
 * words and particles ('de', 'la', 'the'), `initial` for capitalised words
 * (so 'Marina' the Navy does not match 'marina' the harbour), `exact` for
 * acronyms and single capitals (so 'US' does not match the pronoun 'us').
 */
type CaseRule = 'any' | 'initial' | 'exact';

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'da', 'do', 'di']);
// Generic head nouns of multi-word names, which the press writes in either case
// ("el cártel de Sinaloa", "the Justice department"). None is a name on its own.
const CASELESS_HEADS = new Set([
  'cartel', 'cartels', 'carteles', 'department', 'departamento', 'ministry', 'ministerio', 'secretaria', 'secretariat',
  'office', 'oficina', 'commission', 'comision', 'faction', 'faccion', 'group', 'grupo', 'organization', 'organizacion',
  'federation', 'federacion', 'institute', 'instituto', 'agency', 'agencia', 'unit', 'unidad',
]);

function caseRule(raw: string, words: number): CaseRule {
  const letters = stripMarks(raw).replace(/[^\p{L}]/gu, '');
  if (letters === '' || !/^\p{Lu}/u.test(letters)) return 'any';
  const lower = letters.toLowerCase();
  if (PARTICLES.has(lower) || (words > 1 && CASELESS_HEADS.has(lower))) return 'any';
  if (letters.length === 1 || /\p{Lu}/u.test(letters.slice(1))) return 'exact';
  return 'initial';
}

function caseMatches(rule: CaseRule, catalogRaw: string, doc: Doc, tok: Token): boolean {
  if (rule === 'any') return true;
  if (rule === 'initial') return tok.capital;
  return stripMarks(doc.text.slice(tok.start, tok.end)) === stripMarks(catalogRaw);
}

interface CompiledPhrase<T> {
  norms: string[];
  raws: string[];
  /** Squeezed gap before token k (k ≥ 1). */
  gaps: string[];
  cases: CaseRule[];
  /** The last token may be the start of a longer word ('extradit' → 'extradition'). */
  prefix: boolean;
  /** A stem too short to be a prefix still takes a plural 's' ('fto' → 'FTOs'). */
  plural: boolean;
  /** Punctuation that ends the phrase ('U.S.', 'D.F.'): part of the evidence when the text has it. */
  tail: string;
  value: T;
}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match the last word as a stem. Ignored for stems shorter than 4 letters. */
  prefix?: boolean;
  /** Ignore case entirely (topic cues). */
  caseless?: boolean;
}

export interface PhraseMatch<T> extends Span {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  values: T[];
}

const MIN_STEM = 4;

function compile<T>(entry: PhraseEntry<T>): CompiledPhrase<T> | undefined {
  const raws: string[] = [];
  const gaps: string[] = [];
  let previousEnd = 0;
  for (const m of entry.phrase.matchAll(WORD)) {
    if (raws.length > 0) gaps.push(squeeze(fold(entry.phrase.slice(previousEnd, m.index))));
    else gaps.push('');
    raws.push(m[0]);
    previousEnd = m.index + m[0].length;
  }
  if (raws.length === 0) return undefined;
  const norms = raws.map(fold);
  const lastNorm = norms[norms.length - 1] ?? '';
  return {
    norms,
    raws,
    gaps,
    tail: /^[.']*/.exec(entry.phrase.slice(previousEnd))?.[0] ?? '',
    cases: raws.map((r) => (entry.caseless ? 'any' : caseRule(r, raws.length))),
    prefix: entry.prefix === true && lastNorm.length >= MIN_STEM,
    plural: entry.prefix === true && lastNorm.length < MIN_STEM,
    value: entry.value,
  };
}

/**
 * A dictionary of multi-word phrases matched on token boundaries. Phrases that
 * are written the same after folding share one match with several values.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, CompiledPhrase<T>[]>();
  /** Single-word stems, keyed by their first MIN_STEM letters. */
  private readonly byStem = new Map<string, CompiledPhrase<T>[]>();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      const c = compile(entry);
      if (!c) continue;
      const first = c.norms[0] ?? '';
      if (c.prefix && c.norms.length === 1) push(this.byStem, first.slice(0, MIN_STEM), c);
      else push(this.byFirst, first, c);
      if (c.plural && c.norms.length === 1) push(this.byFirst, `${first}s`, c);
    }
  }

  /** Every match in the document, overlapping ones included, grouped by span. */
  findAll(doc: Doc, from = 0, to = doc.tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const hasStems = this.byStem.size > 0;
    for (let i = from; i < to; i++) {
      const tok = doc.tokens[i];
      if (!tok) continue;
      const exact = this.byFirst.get(tok.norm);
      const stems = hasStems && tok.norm.length >= MIN_STEM ? this.byStem.get(tok.norm.slice(0, MIN_STEM)) : undefined;
      if (!exact && !stems) continue;
      const here = out.length;
      if (exact) this.collect(doc, i, to, exact, out, here);
      if (stems) this.collect(doc, i, to, stems, out, here);
    }
    return out;
  }

  /** Adds the matches of `phrases` at token i to `out`, one entry per span (from index `here` on). */
  private collect(doc: Doc, i: number, to: number, phrases: readonly CompiledPhrase<T>[], out: PhraseMatch<T>[], here: number): void {
    const tok = doc.tokens[i];
    if (!tok) return;
    for (const c of phrases) {
      const last = this.matchAt(doc, i, to, c);
      if (last < 0) continue;
      const end = (doc.tokens[last]?.end ?? tok.end) + tailLength(doc, doc.tokens[last], c.tail);
      let group: PhraseMatch<T> | undefined;
      for (let k = here; k < out.length; k++) if (out[k]?.last === last) group = out[k];
      if (group) {
        group.values.push(c.value);
        group.end = Math.max(group.end, end);
      } else {
        out.push({ first: i, last, start: tok.start, end, values: [c.value] });
      }
    }
  }

  /** Leftmost-longest, non-overlapping matches. */
  find(doc: Doc, from = 0, to = doc.tokens.length): PhraseMatch<T>[] {
    return selectLongest(this.findAll(doc, from, to));
  }

  /** Values of a phrase given as folded tokens, matched exactly (no case rules). */
  lookup(norms: readonly string[]): T[] {
    return (this.byFirst.get(norms[0] ?? '') ?? [])
      .filter((c) => c.norms.length === norms.length && c.norms.every((n, k) => n === norms[k]))
      .map((c) => c.value);
  }

  /** Index of the last matched token, or -1. */
  private matchAt(doc: Doc, i: number, to: number, c: CompiledPhrase<T>): number {
    const n = c.norms.length;
    if (i + n > to) return -1;
    for (let k = 0; k < n; k++) {
      const tok = doc.tokens[i + k];
      const norm = c.norms[k];
      if (!tok || norm === undefined) return -1;
      const isLast = k === n - 1;
      const wordOk =
        tok.norm === norm || (isLast && c.prefix && tok.norm.startsWith(norm)) || (isLast && c.plural && tok.norm === `${norm}s`);
      if (!wordOk) return -1;
      if (k > 0 && tok.joint !== c.gaps[k]) return -1;
      const rule = c.cases[k] ?? 'any';
      if (rule !== 'any' && !caseMatches(rule, c.raws[k] ?? '', doc, tok)) return -1;
    }
    return i + n - 1;
  }
}

function tailLength(doc: Doc, last: Token | undefined, tail: string): number {
  if (!last || !tail) return 0;
  return fold(doc.text.slice(last.end, last.end + tail.length)) === tail ? tail.length : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Keeps the leftmost match, the longest of those starting there, and so on. */
function selectLongest<T extends { first: number; last: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: T[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.first <= end) continue;
    out.push(m);
    end = m.last;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sentences, clauses, language

// Words that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'lic', 'ing', 'no', 'vs', 'approx',
  'dept', 'corp', 'inc', 'co', 'ee', 'uu', 'edo', 'cd', 'col', 'mun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic', 'etc', 'eg', 'ie',
]);

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(¿¡]?[\p{Lu}\p{N}])|\n/gu;

/** Sentence spans (trimmed) in the original text. Line breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const emit = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index;
    if (m[0] !== '\n' && m[0].startsWith('.')) {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      if (before.length === 1 || ABBREVIATIONS.has(fold(before))) continue;
    }
    const end = at + m[0].length;
    emit(end);
    start = end;
  }
  emit(text.length);
  return spans;
}

/** Token index range [first, end) covering a character span. */
export function tokenRange(doc: Doc, span: Span): { first: number; end: number } {
  let first = lowerBound(doc.tokens, span.start);
  let end = first;
  while (end < doc.tokens.length && (doc.tokens[end]?.start ?? Infinity) < span.end) end++;
  if (first > end) first = end;
  return { first, end };
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the gap before token i separates clauses: a semicolon, colon,
 * bracket, spaced dash, line break or comma followed by a space ("3,840" is
 * no boundary).
 */
export function isClauseBreak(doc: Doc, i: number): boolean {
  return /[;:()[\]—–\n]|,\s|\s-\s/.test(rawGap(doc, i));
}

const EN_STOP = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'with', 'for', 'on', 'that', 'by', 'from', 'has', 'have', 'its', 'at', 'after', 'which']);
const ES_STOP = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'por', 'con', 'para', 'una', 'un', 'se', 'su', 'al', 'es', 'fue', 'sus']);

export type Lang = 'en' | 'es';

/** English or Spanish by stop-word count over tokens [first, end); null when there is no evidence. */
export function detectLang(doc: Doc, first = 0, end = doc.tokens.length): Lang | null {
  let en = 0;
  let es = 0;
  for (let i = first; i < end; i++) {
    const n = doc.tokens[i]?.norm ?? '';
    if (EN_STOP.has(n)) en++;
    else if (ES_STOP.has(n)) es++;
  }
  if (en === es) return null;
  return en > es ? 'en' : 'es';
}

/** True when the token's original text starts with a capital letter. */
export function isCapitalized(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.capital === true;
}
