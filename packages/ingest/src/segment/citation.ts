import { DATE_PATTERN, findDate, parseDate } from './dates.ts';
import { firstUrl, squeeze, stripMarkdown } from './markdown.ts';

/** Where an item's story comes from. */
export interface ItemSource {
  outlet: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  author: string | null;
  /** The article's original-language title. */
  title: string | null;
  /** null when the newsletter gives none or only a '#' placeholder. */
  url: string | null;
}

export const NO_SOURCE: Readonly<ItemSource> = Object.freeze({ outlet: null, publishedOn: null, author: null, title: null, url: null });

// A citation is one line; a longer paragraph is prose that mentions an outlet.
const MAX_CITATION_CHARS = 500;
const MAX_OUTLET_WORDS = 7;

const SOURCE_LABEL = /^(?:sources?|fuentes?|v[ií]a|cr[eé]dito|tomado de)\s*:\s*/i;

// "Outlet, date[, author][: original title]" — the newsletter's citation line,
// e.g. "El Universal, 3/09/25, Redacción: …". The title may contain colons;
// the author may not. Outlets may contain spaces and accents, not sentences.
const CITATION_BODY = new RegExp(
  String.raw`^(?<outlet>[^,:;?!\n]{2,60}?),\s*(?<date>${DATE_PATTERN})\.?(?:\s*,\s*(?<author>[^:\n]{2,80}?))?(?:\s*:\s*(?<title>.+?))?\s*$`,
  'iu',
);

/**
 * Reads a citation paragraph: a bare "Outlet, M/D/YY, Author: Title." line or
 * a labelled "Source: [Outlet](url)" / "Fuente: …" line. Returns null for
 * anything else. Numeric dates are month first, the newsletter's convention.
 */
export function parseCitation(paragraph: string): ItemSource | null {
  if (paragraph.length > MAX_CITATION_CHARS || paragraph.trim().includes('\n\n')) return null;
  const url = firstUrl(paragraph);
  const text = squeeze(stripMarkdown(paragraph))
    .replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1')
    .replace(/^[–—-]\s*/, '');
  const labelled = SOURCE_LABEL.exec(text);
  if (labelled) return { ...parseLabelled(text.slice(labelled[0].length)), url };
  const body = parseBody(text);
  return body && { ...body, url };
}

function parseBody(text: string): Omit<ItemSource, 'url'> | null {
  const groups = CITATION_BODY.exec(text)?.groups;
  if (!groups?.outlet || !groups.date || !isOutlet(groups.outlet)) return null;
  return {
    outlet: groups.outlet.trim(),
    publishedOn: parseDate(groups.date, 'mdy'),
    author: groups.author?.trim() || null,
    title: groups.title ? withoutClosingPeriod(groups.title.trim()) : null,
  };
}

/** After "Source:", anything from a bare outlet name to a full citation. */
function parseLabelled(rest: string): Omit<ItemSource, 'url'> {
  const full = parseBody(rest);
  if (full) return full;
  const found = findDate(rest, 'mdy');
  const withoutDate = found ? rest.slice(0, found.index) + rest.slice(found.index + found.length) : rest;
  const [outlet = '', ...title] = withoutDate.split(/:\s+/);
  return {
    outlet: cleanPiece(outlet) || null,
    publishedOn: found?.date ?? null,
    author: null,
    title: title.length ? withoutClosingPeriod(cleanPiece(title.join(': '))) || null : null,
  };
}

function isOutlet(candidate: string): boolean {
  const words = candidate.trim().split(/\s+/);
  return words.length <= MAX_OUTLET_WORDS && !/\.\s/.test(candidate) && /^\p{Lu}|^\d/u.test(candidate.trim());
}

function cleanPiece(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/^[\s,;–—-]+|[\s,;–—-]+$/g, '')
    .replace(/\.$/, '')
    .trim();
}

/** Drops the period that closes a citation, not one that belongs to the title ("U.S.", "…"). */
export function withoutClosingPeriod(text: string): string {
  if (!text.endsWith('.') || text.endsWith('..') || /(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(text)) return text;
  return text.slice(0, -1).trimEnd();
}
