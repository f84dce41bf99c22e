import { STATES, type MexicanState } from './states';

/** 'Michoacán' → 'michoacan': strips diacritics (ñ → n too) and lower-cases. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Punctuation and spacing are ignored too, so 'q roo' finds 'Q. Roo' and
// 'mx sin' finds 'MX-SIN'.
const searchKey = (s: string): string =>
  foldAccents(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const CANDIDATES: readonly (readonly string[])[] = STATES.map((s) =>
  [...new Set([s.name, s.officialName, s.nameEn, s.iso, s.iso.slice(3), ...s.aliases].map(searchKey))],
);

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const CONTAINS = 3;

function rank(candidate: string, query: string): number | undefined {
  if (candidate === query) return EXACT;
  if (candidate.startsWith(query)) return PREFIX;
  if (candidate.includes(` ${query}`)) return WORD_PREFIX;
  if (candidate.includes(query)) return CONTAINS;
  return undefined;
}

/**
 * Type-ahead over state names, official and English names, ISO codes and
 * aliases, ignoring accents, case and punctuation. Exact matches come first,
 * then prefixes, then word prefixes, then substrings; ties keep INEGI order.
 * An empty query returns every state.
 */
export function matchStates(query: string): MexicanState[] {
  const q = searchKey(query);
  if (q === '') return [...STATES];
  const hits: { state: MexicanState; score: number; order: number }[] = [];
  STATES.forEach((state, order) => {
    let best: number | undefined;
    for (const candidate of CANDIDATES[order] ?? []) {
      const r = rank(candidate, q);
      if (r !== undefined && (best === undefined || r < best)) best = r;
    }
    if (best !== undefined) hits.push({ state, score: best, order });
  });
  hits.sort((a, b) => a.score - b.score || a.order - b.order);
  return hits.map((h) => h.state);
}
