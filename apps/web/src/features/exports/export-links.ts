/** The files the server exports for a filter (apps/server, /api/export/*), in the order the dashboard offers them. */
export const EXPORT_FILES = [
  { kind: 'items', file: 'items.csv' },
  { kind: 'observations', file: 'observations.csv' },
  { kind: 'briefing', file: 'briefing.pdf' },
] as const;

export type ExportKind = (typeof EXPORT_FILES)[number]['kind'];

/**
 * The download address of an export file. Signed in: `/api/export/<file>?<filter query>` (the
 * dashboard's own query string, from encodeFilter). Under a share link: `/s/<token>/export/<file>`,
 * where the server applies the link's frozen filter itself. A Spanish reader gets the file in
 * Spanish (`lang=es`; English is the server's default).
 */
export function exportHref(file: string, where: { token: string | null; filterSearch: string; lang?: 'en' | 'es' }): string {
  const lang = where.lang === 'es' ? 'lang=es' : '';
  if (where.token) return `/s/${where.token}/export/${file}${lang ? `?${lang}` : ''}`;
  const query = [where.filterSearch, lang].filter(Boolean).join('&');
  return `/api/export/${file}${query ? `?${query}` : ''}`;
}
