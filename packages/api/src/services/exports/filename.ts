import { foldAccents, type Filter } from '@atalaya/domain';
import { placeName } from './labels.ts';

export type ExportKind = 'items' | 'observations' | 'briefing' | 'exposure' | 'sites';

export const EXPORT_EXTENSION: Record<ExportKind, string> = { items: 'csv', observations: 'csv', briefing: 'pdf', exposure: 'pdf', sites: 'csv' };
const MAX_SLUG = 80;

/** Words of a name joined by hyphens, lower-cased; `ascii` also folds accents away ('Norteño' → 'norteno'). */
function slugify(text: string, ascii: boolean): string {
  const base = ascii ? foldAccents(text) : text.normalize('NFC').toLowerCase();
  const slug = base
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

function listPart(names: string[], noun: string): string | null {
  if (names.length === 0) return null;
  return names.length <= 3 ? names.join(' ') : `${names.length} ${noun}`;
}

/** What a filter covers, in a few words for a file name: states, topics, organisations, dates. */
function filterWords(filter: Filter): string {
  const parts = [
    listPart(filter.states.map((code) => placeName(code, 'es')), 'states'),
    listPart(filter.topics, 'topics'),
    listPart(filter.orgs, 'organizations'),
    filter.q ? 'search' : null,
    filter.from && filter.to ? `${filter.from} to ${filter.to}` : filter.from ? `from ${filter.from}` : filter.to ? `to ${filter.to}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' ') : 'all';
}

// RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * unescaped, which are not allowed there.
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` of an export: `atalaya-<kind>-<slug>-<YYYY-MM-DD>.<ext>`, the slug from the
 * view's name when there is one, else from the filter; an ASCII `filename` for every client and
 * an RFC 5987 `filename*` that keeps accents.
 */
export function exportDisposition(kind: ExportKind, args: { filter: Filter; viewName?: string | null | undefined; date: string }): string {
  const source = args.viewName?.trim() ? args.viewName : filterWords(args.filter);
  const name = (slug: string) => `atalaya-${kind}-${slug || 'export'}-${args.date}.${EXPORT_EXTENSION[kind]}`;
  const ascii = name(slugify(source, true));
  const utf8 = name(slugify(source, false));
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(utf8)}`;
}
