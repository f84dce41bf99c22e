/**
 * Places: Mexican states (ISO 3166-2), national scope ('MX') and foreign
 * countries (ISO 3166-1 alpha-2), found through names, aliases, demonyms and
 * the gazetteer of localities.
 *
 * Confidence of one mention:
 *   state name 0.9 · state alias 0.85 · locality 0.8 · state demonym 0.7 ·
 *   country name or alias 0.9 · country demonym 0.6 · US border state 0.6 ·
 *   'Washington' (the government) 0.45 · a locality named in several states,
 *   settled by another mention of one of them, 0.6 · an ambiguous name
 *   ('Victoria', 'León', 'Juárez', municipalities named after people) kept
 *   because the text corroborates it 0.5.
 * Per code, the hit takes the strongest mention plus 0.02 per further mention
 * (at most 0.98), and that mention is the evidence (the first one on ties).
 *
 * National scope: 'Mexico'/'Mexican' alone is weak (0.5, +0.1 per further
 * mention, at most 0.8) and is dropped when a Mexican state is named — the
 * item is then about that state. Phrases about the country as a whole
 * ("Mexico's", "Mexican authorities", "nationwide", "a nivel nacional") are
 * strong (0.85) and always kept. 'Mexico' never means the State of Mexico
 * (MX-MEX): that takes "Estado de México", "State of Mexico" or "Edomex".
 */
import { COUNTRIES, GAZETTEER, ORGANIZATIONS, PEOPLE, STATES } from '@atalaya/domain';
import { analyze, fold, isCapitalized, PhraseIndex, rawGap, type Doc, type PhraseEntry, type Span } from './text.ts';
import type { PlaceHit } from './types.ts';

type Via = PlaceHit['via'];

interface PlaceEntry {
  /** null: a phrase that contains a place name but is not a place ('Gulf of Mexico', 'Sinaloa Cartel'). */
  code: string | null;
  via: Via;
  confidence: number;
  /** Needs corroboration from the rest of the text. */
  ambiguous?: boolean;
  national?: 'strong' | 'weak';
  /** Only after a Spanish preposition: 'EU' is Estados Unidos in "de EU", the European Union otherwise. */
  spanishOnly?: boolean;
}

export interface PlaceMention extends Span {
  code: string;
  via: Via;
  confidence: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  national?: 'strong' | 'weak';
}

// Localities whose names are also common words, first names, surnames or
// better-known places abroad. They count only when the text corroborates them.
const AMBIGUOUS_LOCALITIES = new Set(
  [
    'León', 'Victoria', 'Juárez', 'Guadalupe', 'Progreso', 'Concordia', 'Altar', 'Madera', 'Candelaria',
    'Buenavista', 'Ascensión', 'Lerdo', 'Tequila', 'Tula', 'Linares', 'Salamanca', 'Valladolid', 'Córdoba',
    'Mérida', 'Jerez', 'Naco', 'Empalme', 'Delicias', 'Parras', 'Sabinas', 'Pinos', 'Calera', 'Los Reyes',
    'La Paz', 'Loreto', 'San Ignacio', 'San Fernando', 'El Salto', 'Camargo', 'Altamira', 'Mier', 'Moris',
    'Eldorado', 'Angostura', 'Cuauhtémoc', 'Tonalá', 'Santa Catarina', 'San Nicolás', 'San Cristóbal',
    'Escobedo', 'Comonfort', 'Abasolo', 'Cortazar', 'Villagrán', 'Zamora', 'Polanco', 'Creel', 'Palomas',
    'Armería', 'Compostela', 'Aquila', 'Villanueva', 'Calvillo', 'Pueblo Nuevo', 'Tierra Blanca', 'Valparaíso',
    'Río Grande', 'Río Bravo', 'San Felipe', 'Tecate', 'Cerritos', 'Ébano', 'Dolores Hidalgo',
    'GAM', 'Neza', 'Rocky Point', 'Jesús María', 'Ciudad Hidalgo', 'Centro Histórico', 'Costa Grande', 'Álamos',
    'Corregidora', 'El Fuerte', 'El Rosario', 'Todos Santos', 'Salvatierra',
  ].map(fold),
);

// First names and titles: a place name right after one is a surname
// ("Vicente Guerrero", "José María Morelos", "President Juárez").
const NAME_PRECEDERS = new Set(
  [
    'José', 'María', 'Juan', 'Benito', 'Vicente', 'Miguel', 'Francisco', 'Antonio', 'Manuel', 'Jesús', 'Luis',
    'Carlos', 'Jorge', 'Pedro', 'Pablo', 'Rafael', 'Ricardo', 'Alejandro', 'Fernando', 'Javier', 'Sergio',
    'Roberto', 'Eduardo', 'Enrique', 'Guadalupe', 'Victoria', 'Ana', 'Laura', 'Rosa', 'Carmen', 'Andrés',
    'Emiliano', 'Lázaro', 'Álvaro', 'Venustiano', 'Ignacio', 'Gustavo', 'Felipe', 'Salvador', 'Nicolás',
    'Matías', 'Omar', 'Iván', 'Ismael', 'Joaquín', 'Marco', 'Mario', 'Héctor', 'Hugo', 'Raúl', 'Rubén', 'Adán',
    'Genaro', 'Ernesto', 'Claudia', 'Gabriel', 'Diego', 'Daniel', 'David', 'Jaime', 'Óscar', 'Arturo',
    'Alberto', 'Guillermo', 'Rodrigo', 'Tomás', 'Martín', 'César', 'Julio', 'Octavio', 'Agustín',
    'Mariano', 'Gerardo', 'Othón', 'Práxedis', 'Dolores', 'Leonardo', 'Cuauhtémoc', 'George', 'John', 'James',
    'Michael', 'Richard', 'Thomas', 'Mark', 'Donald', 'Leon', 'Teresa', 'Patricia', 'Margarita', 'Adriana',
    'President', 'Presidente', 'Presidenta', 'General', 'Gen', 'Governor', 'Gobernador', 'Gobernadora',
    'Senator', 'Senador', 'Senadora', 'Mr', 'Mrs', 'Ms', 'Sr', 'Sra', 'Don', 'Doña', 'Dr', 'Judge', 'Juez',
    'Jueza', 'Agent', 'Agente', 'Commander', 'Comandante', 'Colonel', 'Coronel', 'Captain', 'Capitán',
    'Minister', 'Ministro', 'Mayor', 'Alcalde', 'Alcaldesa', 'Lic', 'Saint',
  ].map(fold),
);

// Capitalised words that may follow an ambiguous place name without making it
// a first name ("Victoria Sánchez" is a person, "Victoria Airport" a place).
const PLACE_FOLLOWERS = new Set(
  ['city', 'state', 'port', 'airport', 'municipality', 'valley', 'border', 'region', 'area', 'ciudad', 'estado', 'puerto', 'municipio', 'aeropuerto', 'valle', 'frontera', 'zona', 'in', 'en', 'and', 'y'].map(fold),
);

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y']);
const LOCATIVES = new Set(['in', 'en', 'at', 'near', 'from', 'desde', 'hacia', 'toward', 'towards', 'around', 'outside']);
const LOCATIVE_PAIRS = new Set(['city of', 'ciudad de', 'municipality of', 'municipio de', 'town of', 'port of', 'puerto de', 'state of', 'estado de']);
const SPANISH_PREPOSITIONS = new Set(['de', 'en', 'a', 'con', 'y', 'para', 'por', 'entre', 'hacia', 'desde', 'que', 'contra']);
// "northern Mexico", "el norte de México": a region, not the country as a whole.
const DIRECTIONS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northwestern', 'northeastern', 'southwestern',
  'southeastern', 'norte', 'sur', 'centro', 'noreste', 'noroeste', 'sureste', 'suroeste', 'occidente', 'oriente',
]);

const NATIONAL_STRONG = [
  'nationwide', 'countrywide', 'across the country', 'throughout the country', 'across Mexico', 'throughout Mexico',
  'all of Mexico', 'national territory', 'Mexican government', 'Mexican authorities', 'Mexican officials',
  'Mexican states', 'Mexican president', 'Mexican territory', 'a nivel nacional', 'en todo el país',
  'en todo el territorio nacional', 'territorio nacional', 'todo México', 'gobierno de México', 'gobierno mexicano', 'autoridades mexicanas', 'territorio mexicano', 'país entero',
];

const NOT_PLACES = [
  'Gulf of Mexico', 'Golfo de México', 'Gulf of California', 'Golfo de California', 'Latin America',
  'Latin American', 'South America', 'South American', 'Central America', 'Central American', 'North America',
  'North American', 'América Latina', 'Latinoamérica', 'latinoamericano', 'Norteamérica', 'Centroamérica',
  'centroamericano', 'Inter-American', 'Pan-American', 'Pan American', 'Mexican-American', 'Mexican American',
];

/** 'Sinaloan' → Sinaloan(s); 'sinaloense' → sinaloense(s); 'chiapaneco' → -o/-a/-os/-as. */
function demonymForms(d: string): string[] {
  if (/^\p{Lu}/u.test(d)) return /(ese|sh|ch|s)$/.test(d) ? [d] : [d, `${d}s`];
  if (d.endsWith('o')) {
    const stem = d.slice(0, -1);
    return [d, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (d.endsWith('a')) return [d, `${d}s`];
  if (d.endsWith('e')) return [d, `${d}s`];
  if (/[íú]$/.test(d)) return [d, `${d}es`, `${d}s`];
  const plain = fold(d);
  return [d, `${plain}es`, `${plain}a`, `${plain}as`];
}

function buildEntries(): PhraseEntry<PlaceEntry>[] {
  const entries: PhraseEntry<PlaceEntry>[] = [];
  const add = (phrase: string, value: PlaceEntry) => entries.push({ phrase, value });
  const stateByName = new Map<string, string>();

  for (const s of STATES) {
    // 'México' alone is the country; the state goes by its longer names.
    const names = s.iso === 'MX-MEX' ? [s.officialName, s.nameEn] : [s.name, s.officialName, s.nameEn];
    for (const name of new Set(names)) {
      add(name, { code: s.iso, via: 'state', confidence: 0.9, ambiguous: AMBIGUOUS_LOCALITIES.has(fold(name)) || undefined });
      stateByName.set(fold(name), s.iso);
    }
    for (const alias of s.aliases) add(alias, { code: s.iso, via: 'alias', confidence: 0.85 });
    for (const d of s.demonyms) for (const form of demonymForms(d)) add(form, { code: s.iso, via: 'demonym', confidence: 0.7 });
  }

  for (const loc of GAZETTEER) {
    for (const name of [loc.name, ...(loc.aliases ?? [])]) {
      const folded = fold(name);
      // Capitals named like their state are already state entries with the same code.
      if (stateByName.get(folded) === loc.state) continue;
      // 'Benito Juárez', 'Lázaro Cárdenas': named after a person (but not 'Victoria de Durango').
      const words = folded.split(/\s+/);
      const personLike = words.length > 1 && NAME_PRECEDERS.has(words[0] ?? '') && !words.some((w) => PARTICLES.has(w));
      add(name, { code: loc.state, via: 'locality', confidence: 0.8, ambiguous: AMBIGUOUS_LOCALITIES.has(folded) || personLike || undefined });
    }
  }

  for (const c of COUNTRIES) {
    for (const name of [c.nameEn, c.nameEs, ...c.aliases]) {
      add(name, { code: c.code, via: 'country', confidence: 0.9, spanishOnly: name === 'EU' || undefined });
    }
    // 'español' is far more often the language than a Spaniard.
    for (const d of c.demonyms.filter((x) => fold(x) !== 'espanol')) {
      for (const form of demonymForms(d)) add(form, { code: c.code, via: 'demonym', confidence: 0.6 });
    }
  }
  // US states on the border, and Washington as shorthand for the US government.
  for (const name of ['New Mexico', 'Nuevo México', 'Texas', 'Arizona', 'California']) {
    add(name, { code: 'US', via: 'alias', confidence: 0.6 });
  }
  add('Washington', { code: 'US', via: 'alias', confidence: 0.45 });

  for (const name of ['Mexico', 'México']) add(name, { code: 'MX', via: 'national', confidence: 0.5, national: 'weak' });
  for (const d of ['Mexican', 'mexicano']) {
    for (const form of demonymForms(d)) add(form, { code: 'MX', via: 'national', confidence: 0.5, national: 'weak' });
  }
  for (const phrase of NATIONAL_STRONG) add(phrase, { code: 'MX', via: 'national', confidence: 0.85, national: 'strong' });

  // Names that contain a place but are not one: cartels named after their
  // home state or city, people, seas and continents.
  const blocker: PlaceEntry = { code: null, via: 'alias', confidence: 0 };
  for (const o of ORGANIZATIONS.filter((x) => x.kind === 'cartel')) {
    for (const name of [o.name, o.fullName, ...o.aliases]) add(name, blocker);
  }
  for (const p of PEOPLE) for (const name of [p.name, ...p.aliases].filter((n) => /\s/.test(n))) add(name, blocker);
  for (const phrase of NOT_PLACES) add(phrase, blocker);
  return entries;
}

const INDEX = new PhraseIndex<PlaceEntry>(buildEntries());

interface Candidate extends Span {
  first: number;
  last: number;
  entries: PlaceEntry[];
}

const norm = (doc: Doc, i: number): string => doc.tokens[i]?.norm ?? '';

/** A surname reading: the name follows a first name or a title ("Vicente Guerrero"). */
function followsFirstName(doc: Doc, first: number): boolean {
  return first > 0 && /^\s+$/.test(rawGap(doc, first)) && isCapitalized(doc, first - 1) && NAME_PRECEDERS.has(norm(doc, first - 1));
}

/** A first-name reading: "Victoria Sánchez", "Leon Panetta". */
function precedesSurname(doc: Doc, last: number): boolean {
  const next = last + 1;
  return next < doc.tokens.length && /^\s+$/.test(rawGap(doc, next)) && isCapitalized(doc, next) && !PLACE_FOLLOWERS.has(norm(doc, next));
}

/** "the Tijuana cartel", "el Cártel de Tijuana": a criminal group named after the place. */
function namesCartel(doc: Doc, first: number, last: number): boolean {
  const next = last + 1 < doc.tokens.length && /^\s+$/.test(rawGap(doc, last + 1)) ? norm(doc, last + 1) : '';
  if (next === 'cartel' || next === 'cartels') return true;
  const before = `${norm(doc, first - 2)} ${norm(doc, first - 1)}`;
  return ['cartel de', 'cartel del', 'cartel of'].includes(before);
}

function isLocative(doc: Doc, first: number): boolean {
  if (LOCATIVES.has(norm(doc, first - 1))) return true;
  return LOCATIVE_PAIRS.has(`${norm(doc, first - 2)} ${norm(doc, first - 1)}`);
}

/** "Culiacán, Victoria, Torreón and Navojoa": only commas and 'and' between two places. */
function adjacentInList(doc: Doc, a: { last: number }, b: { first: number }): boolean {
  const between = b.first - a.last - 1;
  if (between === 0) return /^\s*[,;]\s*$/.test(rawGap(doc, b.first));
  if (between === 1) return ['and', 'y', 'e'].includes(norm(doc, a.last + 1));
  return false;
}

function candidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const m of INDEX.find(doc)) {
    if (m.values.some((v) => v.code === null)) continue;
    let entries = m.values;
    if (entries.some((e) => e.spanishOnly) && !SPANISH_PREPOSITIONS.has(norm(doc, m.first - 1))) {
      entries = entries.filter((e) => !e.spanishOnly);
    }
    if (entries.length === 0) continue;
    const national = entries.find((e) => e.national);
    if (national) {
      const c = nationalCandidate(doc, { first: m.first, last: m.last, start: m.start, end: m.end }, national);
      if (c) out.push(c);
      continue;
    }
    if (entries.some((e) => e.via === 'state' || e.via === 'locality') && followsFirstName(doc, m.first)) continue;
    if (namesCartel(doc, m.first, m.last)) continue;
    if (entries.some((e) => e.ambiguous) && precedesSurname(doc, m.last)) continue;
    out.push({ first: m.first, last: m.last, start: m.start, end: m.end, entries });
  }
  return out;
}

function nationalCandidate(doc: Doc, m: Omit<Candidate, 'entries'>, entry: PlaceEntry): Candidate | null {
  if (entry.national === 'weak') {
    const before = norm(doc, m.first - 1);
    const regional = DIRECTIONS.has(before) || (before === 'de' && DIRECTIONS.has(norm(doc, m.first - 2)));
    if (regional) return null;
    const possessive = norm(doc, m.last + 1) === 's' && doc.tokens[m.last + 1]?.gap === "'";
    if (possessive && fold(doc.text.slice(m.start, m.end)).startsWith('mexico')) {
      return { ...m, entries: [{ ...entry, confidence: 0.85, national: 'strong' }] };
    }
  }
  return { ...m, entries: [entry] };
}

/**
 * Every place mention in the document, ambiguity settled: names that several
 * states share go to the state the text names elsewhere, ambiguous names stay
 * only when the text corroborates them. Mentions of Mexico as a country are
 * kept with code 'MX' and their strength; extractPlaces applies the
 * national-scope rule.
 */
export function findPlaceMentions(doc: Doc): PlaceMention[] {
  // extractPlaces, extractTopics and extractMetrics all need them for the same document.
  let mentions = MENTIONS.get(doc);
  if (!mentions) {
    mentions = resolveMentions(doc);
    MENTIONS.set(doc, mentions);
  }
  return mentions;
}

const MENTIONS = new WeakMap<Doc, PlaceMention[]>();

function resolveMentions(doc: Doc): PlaceMention[] {
  const cands = candidates(doc);
  const firmOnes = new Set(cands.filter((c) => new Set(c.entries.map((e) => e.code)).size === 1 && !c.entries.some((e) => e.ambiguous)));
  const isFirm = (c: Candidate) => firmOnes.has(c);
  const firmCodes = new Set(cands.filter(isFirm).map((c) => c.entries[0]?.code));
  const firm = cands.filter((c) => isFirm(c) && c.entries[0]?.national === undefined);

  const out: PlaceMention[] = [];
  for (const c of cands) {
    const best = [...c.entries].sort((a, b) => b.confidence - a.confidence)[0];
    if (!best?.code) continue;
    const base = { first: c.first, last: c.last, start: c.start, end: c.end, via: best.via };
    if (isFirm(c)) {
      out.push({ ...base, code: best.code, confidence: best.confidence, national: best.national });
      continue;
    }
    const codes = [...new Set(c.entries.map((e) => e.code))].filter((x): x is string => x !== null);
    if (codes.length > 1) {
      // 'Tonalá' is in Jalisco and in Chiapas: the text has to say which.
      const named = codes.filter((x) => firmCodes.has(x));
      if (named.length === 1 && named[0]) out.push({ ...base, code: named[0], confidence: 0.6 });
      continue;
    }
    const code = codes[0];
    if (!code) continue;
    const inList = firm.some((f) => adjacentInList(doc, f, c) || adjacentInList(doc, c, f));
    if (firmCodes.has(code) || isLocative(doc, c.first) || inList) out.push({ ...base, code, confidence: 0.5 });
  }
  return out;
}

const isMexicanState = (code: string) => code.startsWith('MX-');

/** One hit per code: the strongest mention as evidence, sorted by confidence. */
export function extractPlaces(text: string): PlaceHit[] {
  const doc = analyze(text);
  const mentions = findPlaceMentions(doc);
  const hasState = mentions.some((m) => isMexicanState(m.code));
  const byCode = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.code);
    if (list) list.push(m);
    else byCode.set(m.code, [m]);
  }
  const hits: PlaceHit[] = [];
  for (const [code, list] of byCode) {
    const confidence = code === 'MX' ? nationalConfidence(list, hasState) : aggregate(list);
    if (confidence === null) continue;
    const top = Math.max(...list.map((m) => m.confidence));
    const evidence = list.find((m) => m.confidence === top) ?? list[0];
    if (!evidence) continue;
    hits.push({ code, via: evidence.via, confidence, text: text.slice(evidence.start, evidence.end), start: evidence.start, end: evidence.end });
  }
  return hits.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
}

function aggregate(list: readonly PlaceMention[]): number {
  const top = Math.max(...list.map((m) => m.confidence));
  return round2(Math.min(0.98, top + 0.02 * (list.length - 1)));
}

function nationalConfidence(list: readonly PlaceMention[], hasState: boolean): number | null {
  const strong = list.filter((m) => m.national === 'strong').length;
  if (strong > 0) return round2(Math.min(0.95, 0.85 + 0.02 * (strong - 1)));
  if (hasState) return null;
  return round2(Math.min(0.8, 0.5 + 0.1 * (list.length - 1)));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
