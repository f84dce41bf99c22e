/**
 * Organizations (cartels, agencies, governments, international bodies,
 * companies) and people, with every alias merged into the catalog slug.
 *
 * Confidence of one mention:
 *   organizations — name or full name 0.9 · multi-word alias or acronym 0.85 ·
 *   one-word alias 0.7 · generic one-word alias that other countries share
 *   ('Army', 'Navy', 'Marina', 'Hacienda', 'Customs', 'Fiscalía') 0.6 ·
 *   'Defense' in a list of Mexican forces 0.55;
 *   people — full name 0.95 (with or without a quoted nickname in the middle:
 *   Ismael “El Mayo” Zambada) · multi-word alias 0.9 · one-word alias
 *   ('Harfuch', 'Trump') 0.75.
 * Per slug, the hit takes the strongest mention plus 0.02 per further mention
 * (at most 0.99); that mention is the evidence (the first one on ties).
 *
 * Generic Mexican-agency names ('Navy', 'National Guard', "Attorney General's
 * Office") are skipped right after a foreign marker ("U.S. Army", "Texas
 * National Guard"); 'Fiscalía' and 'Secretaría de Seguridad' are skipped when
 * they name a state body ("Fiscalía General del Estado", "Secretaría de
 * Seguridad Pública de Sinaloa").
 */
import { COUNTRIES, ORGANIZATIONS, PEOPLE, STATES, organizationBySlug, personBySlug } from '@atalaya/domain';
import { analyze, fold, isClauseBreak, PhraseIndex, type Doc, type PhraseEntry, type PhraseMatch } from './text.ts';
import type { OrgHit, PersonHit } from './types.ts';

/** Returns the slug to record (possibly another one) or null to drop the mention. */
type Guard = (doc: Doc, m: PhraseMatch<unknown>) => string | null;

interface NameEntry {
  slug: string;
  confidence: number;
  guard?: Guard;
  /** Counts only when one of these organizations is also named in the text. */
  needsCompany?: readonly string[];
}

interface Mention {
  slug: string;
  confidence: number;
  start: number;
  end: number;
}

const norm = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? '';

// Single tokens that mark a following agency name as foreign: country names,
// demonyms and US states ("U.S." is checked as the pair u + s).
const FOREIGN_TOKENS = new Set([
  ...COUNTRIES.flatMap((c) => [c.nameEn, c.nameEs, ...c.aliases, ...c.demonyms])
    .map(fold)
    .filter((n) => /^[\p{L}]+$/u.test(n) && n.length > 2),
  'us', 'usa', 'americans', 'texas', 'arizona', 'california',
]);

function afterForeignMarker(doc: Doc, first: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const i = first - k;
    if (i < 0 || isClauseBreak(doc, i + 1)) return false;
    const n = norm(doc, i);
    if (FOREIGN_TOKENS.has(n) || (n === 's' && ['u', 'united'].includes(norm(doc, i - 1))) || (n === 'states' && norm(doc, i - 1) === 'united')) {
      return true;
    }
  }
  return false;
}

const notForeign: Guard = (doc, m) => (afterForeignMarker(doc, m.first) ? null : '');

// "Fiscalía General del Estado de Sinaloa", "Secretaría de Seguridad Pública
// de Jalisco": state bodies, not the federal ones.
const STATE_WORDS = new Set(STATES.flatMap((s) => [s.name, s.nameEn].map((n) => fold(n).split(/\s+/)[0] ?? '')));
function namesStateBody(doc: Doc, last: number): boolean {
  const next = norm(doc, last + 1);
  const after = norm(doc, last + 2);
  if (['publica', 'estatal', 'municipal', 'ciudadana'].includes(next)) return true;
  if (next === 'general' && ['de', 'del'].includes(after) && ['justicia', 'estado'].includes(norm(doc, last + 3))) return true;
  return (next === 'de' || next === 'del') && (after === 'estado' || after === 'justicia' || STATE_WORDS.has(after));
}
const federalOnly: Guard = (doc, m) => (namesStateBody(doc, m.last) ? null : '');

// 'Supreme Court' alone is the US one in English-language press, unless
// Mexico's is meant.
const supremeCourt: Guard = (doc, m) => {
  const before = [norm(doc, m.first - 1), norm(doc, m.first - 2), norm(doc, m.first - 3)];
  return before.some((n) => n === 'mexico' || n === 'mexican' || n === 'mexicana') ? 'scjn' : '';
};

// Aliases too ambiguous for the catalog, which other consumers read as plain
// synonyms: they only count here, under the conditions given.
const EXTRA: readonly (PhraseEntry<NameEntry>)[] = [
  { phrase: 'Customs', value: { slug: 'anam', confidence: 0.6, guard: notForeign } },
  { phrase: 'Fiscalía', value: { slug: 'fgr', confidence: 0.6, guard: federalOnly } },
  {
    phrase: 'Defense',
    value: { slug: 'sedena', confidence: 0.55, guard: notForeign, needsCompany: ['semar', 'guardia-nacional', 'fgr', 'sspc', 'fam'] },
  },
];

const GENERIC_ONE_WORD = new Set(['army', 'navy', 'marina', 'defensa', 'ejercito', 'hacienda', 'treasury', 'aduanas', 'cancilleria']);
const STATE_BODY_ALIASES = new Set(['fiscalia general', 'secretaria de seguridad']);

function orgConfidence(form: string, isName: boolean): number {
  if (isName) return 0.9;
  const words = form.split(/\s+/);
  if (words.length > 1 || /^[\p{Lu}\d-]+$/u.test(form)) return 0.85;
  return GENERIC_ONE_WORD.has(fold(form)) ? 0.6 : 0.7;
}

function buildOrgEntries(): PhraseEntry<NameEntry>[] {
  const entries: PhraseEntry<NameEntry>[] = [];
  for (const o of ORGANIZATIONS) {
    for (const form of new Set([o.name, o.fullName, ...o.aliases])) {
      const isName = form === o.name || form === o.fullName;
      const value: NameEntry = { slug: o.slug, confidence: orgConfidence(form, isName) };
      const folded = fold(form);
      if (STATE_BODY_ALIASES.has(folded)) value.guard = federalOnly;
      else if (o.slug === 'us-supreme-court' && folded === 'supreme court') value.guard = supremeCourt;
      // English names of Mexican bodies ('Navy', 'National Guard') are generic.
      else if (o.country === 'MX' && o.kind !== 'cartel' && !/mexic|nacion|republica/.test(folded)) value.guard = notForeign;
      entries.push({ phrase: form, value });
    }
  }
  return [...entries, ...EXTRA];
}

function buildPeopleEntries(): PhraseEntry<NameEntry>[] {
  return PEOPLE.flatMap((p) =>
    [...new Set([p.name, ...p.aliases])].map((form) => ({
      phrase: form,
      value: { slug: p.slug, confidence: form === p.name ? 0.95 : /\s/.test(form.trim()) ? 0.9 : 0.75 },
    })),
  );
}

const ORG_INDEX = new PhraseIndex<NameEntry>(buildOrgEntries());
const PEOPLE_INDEX = new PhraseIndex<NameEntry>(buildPeopleEntries());

function mentionsOf(doc: Doc, matches: readonly PhraseMatch<NameEntry>[]): (Mention & { needsCompany?: readonly string[] })[] {
  const out: (Mention & { needsCompany?: readonly string[] })[] = [];
  for (const m of matches) {
    for (const v of m.values) {
      const guarded = v.guard ? v.guard(doc, m) : '';
      if (guarded === null) continue;
      out.push({ slug: guarded || v.slug, confidence: v.confidence, start: m.start, end: m.end, needsCompany: v.needsCompany });
    }
  }
  return out;
}

/** One hit per slug, strongest mention as evidence, sorted by confidence then position. */
function aggregate(text: string, mentions: readonly Mention[]): (Mention & { text: string })[] {
  const bySlug = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = bySlug.get(m.slug);
    if (list) list.push(m);
    else bySlug.set(m.slug, [m]);
  }
  const out: (Mention & { text: string })[] = [];
  for (const [slug, list] of bySlug) {
    const sorted = [...list].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    const best = sorted[0];
    if (!best) continue;
    const confidence = Math.round(Math.min(0.99, best.confidence + 0.02 * (list.length - 1)) * 100) / 100;
    out.push({ slug, confidence, start: best.start, end: best.end, text: text.slice(best.start, best.end) });
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
}

export function extractOrganizations(text: string): OrgHit[] {
  const doc = analyze(text);
  const mentions = mentionsOf(doc, ORG_INDEX.find(doc));
  const named = new Set(mentions.filter((m) => !m.needsCompany).map((m) => m.slug));
  const kept = mentions.filter((m) => !m.needsCompany || m.needsCompany.some((s) => named.has(s)));
  return aggregate(text, kept).map((h) => ({ ...h, name: organizationBySlug(h.slug)?.name ?? h.slug }));
}

// ---------------------------------------------------------------------------
// People

const isCap = (doc: Doc, i: number): boolean => doc.tokens[i]?.capital === true;

/**
 * "Antonio “Tony Montana” Oseguera Cervantes": a quoted nickname between a
 * first name and the surnames. Tries the catalog with the nickname left out.
 */
function namesAroundNicknames(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (!/"\s*$/.test(tokens[i]?.gap ?? '') || !isCap(doc, i - 1)) continue;
    let close = -1;
    for (let j = i; j < Math.min(tokens.length - 1, i + 4); j++) {
      if (/^"/.test(tokens[j + 1]?.gap ?? '')) {
        close = j;
        break;
      }
    }
    if (close < 0 || !isCap(doc, close + 1)) continue;
    const found = bestAroundNickname(doc, i, close);
    if (found) out.push(found);
  }
  return out;
}

function bestAroundNickname(doc: Doc, open: number, close: number): Mention | null {
  for (let before = Math.min(2, open); before >= 1; before--) {
    for (let after = 3; after >= 1; after--) {
      const last = close + after;
      if (last >= doc.tokens.length) continue;
      const norms = [
        ...doc.tokens.slice(open - before, open).map((t) => t.norm),
        ...doc.tokens.slice(close + 1, last + 1).map((t) => t.norm),
      ];
      const hit = PEOPLE_INDEX.lookup(norms)[0];
      const a = doc.tokens[open - before];
      const b = doc.tokens[last];
      if (hit && a && b) return { slug: hit.slug, confidence: 0.95, start: a.start, end: b.end };
    }
  }
  return null;
}

/** "Miguel and Omar Treviño Morales": the first name borrows the shared surnames. */
function coordinatedFirstNames(doc: Doc, matches: readonly PhraseMatch<NameEntry>[]): Mention[] {
  const out: Mention[] = [];
  for (const m of matches) {
    const conj = norm(doc, m.first - 1);
    if (!['and', 'y'].includes(conj) || m.first < 2 || !isCap(doc, m.first - 2)) continue;
    const other = doc.tokens[m.first - 2];
    if (!other) continue;
    for (let last = m.last; last > m.first; last--) {
      const norms = [other.norm, ...doc.tokens.slice(m.first + 1, last + 1).map((t) => t.norm)];
      const hit = PEOPLE_INDEX.lookup(norms)[0];
      const end = doc.tokens[last]?.end;
      if (hit && end !== undefined && !m.values.some((v) => v.slug === hit.slug)) {
        out.push({ slug: hit.slug, confidence: 0.85, start: other.start, end });
        break;
      }
    }
  }
  return out;
}

export function extractPeople(text: string): PersonHit[] {
  const doc = analyze(text);
  const matches = PEOPLE_INDEX.find(doc);
  const mentions = [...mentionsOf(doc, matches), ...namesAroundNicknames(doc), ...coordinatedFirstNames(doc, matches)];
  return aggregate(text, mentions).map((h) => ({ ...h, name: personBySlug(h.slug)?.name ?? h.slug }));
}
