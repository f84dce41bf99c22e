import { countryByCode, NATIONAL, organizationBySlug, stateByIso, topicBySlug } from '@atalaya/domain';

/** Languages an export can be written in (the web app's two). */
export const EXPORT_LANGS = ['en', 'es'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

const regionNames = { en: new Intl.DisplayNames(['en'], { type: 'region' }), es: new Intl.DisplayNames(['es'], { type: 'region' }) };

/**
 * A place code as a reader knows it, as the web app names it: 'National' / 'Nacional', a state's
 * Spanish name ('Estado de México' rather than a bare 'México'), or a foreign country's name.
 */
export function placeName(code: string, lang: ExportLang): string {
  if (code === NATIONAL) return lang === 'es' ? 'Nacional' : 'National';
  const state = stateByIso(code);
  if (state) return state.iso === 'MX-MEX' ? state.officialName : state.name;
  const country = countryByCode(code);
  if (country) return lang === 'es' ? country.nameEs : country.nameEn;
  if (/^[A-Z]{2}$/.test(code)) {
    try {
      return regionNames[lang].of(code) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}

/** A topic slug as its label; unknown slugs stay as they are. */
export function topicName(slug: string, lang: ExportLang): string {
  return topicBySlug(slug)?.[lang] ?? slug;
}

/** An organisation slug as its short name; organisations analysts added keep their slug. */
export function organizationName(slug: string): string {
  return organizationBySlug(slug)?.name ?? slug;
}
